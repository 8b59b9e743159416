// Runs `wxpay …` in a child process (from the sources, as `npx wxpay` would run the build) and
// collects what it prints, for the tests of the long-running commands.
import { spawn } from 'node:child_process'

export function wxpay(args: string[]) {
  const child = spawn(
    process.execPath,
    [
      '--conditions=source',
      '--import',
      'tsx',
      '-e',
      `import('@wxpay/cli').then((cli) => cli.main(['node', 'wxpay', ...${JSON.stringify(args)}]))`,
    ],
    { cwd: new URL('../../../', import.meta.url), stdio: ['ignore', 'pipe', 'pipe'] },
  )
  let output = ''
  child.stdout.on('data', (chunk) => {
    output += chunk
  })
  child.stderr.on('data', (chunk) => {
    output += chunk
  })
  return { child, output: () => output }
}

export async function waitFor(read: () => string, pattern: RegExp, ms = 15_000): Promise<RegExpMatchArray> {
  const deadline = Date.now() + ms
  for (;;) {
    const match = read().match(pattern)
    if (match) return match
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${pattern}; output so far:\n${read()}`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
