// For the site walk: the built documentation site (built first when it is missing or older than its
// sources) served from docs/.vitepress/dist by a small static server on 127.0.0.1, with VitePress's
// clean URLs (`/guide/quick-start` is guide/quick-start.html).
import { execFileSync } from 'node:child_process'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { extname, join, normalize } from 'node:path'
import { fileURLToPath } from 'node:url'

export const ROOT = fileURLToPath(new URL('../../', import.meta.url))
export const DIST = join(ROOT, 'docs/.vitepress/dist')

/**
 * The newest modification time among the site's sources (pages, config, theme, generated sidebar).
 * Not its images: the dashboard's browser test may write its screenshots to docs/images while the
 * tests run, and the walk does not look at them — no rebuild in the middle of the suite for them.
 */
function newestSource(dir = join(ROOT, 'docs')): number {
  return Math.max(
    0,
    ...readdirSync(dir, { withFileTypes: true }).map((entry) => {
      const path = join(dir, entry.name)
      if (['dist', 'cache', 'images'].includes(entry.name)) return 0
      return entry.isDirectory() ? newestSource(path) : statSync(path).mtimeMs
    }),
  )
}

/** Builds the site unless its build is newer than every source; bounded to 15 minutes. */
export function ensureBuilt(): void {
  const index = join(DIST, 'index.html')
  if (existsSync(index) && statSync(index).mtimeMs > newestSource()) return
  execFileSync(process.execPath, [join(ROOT, 'node_modules/vitepress/bin/vitepress.js'), 'build', 'docs'], {
    cwd: ROOT,
    stdio: 'inherit',
    timeout: 15 * 60_000,
  })
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
}

function fileFor(pathname: string): string | undefined {
  const base = join(DIST, normalize(decodeURIComponent(pathname)).replace(/^(\.\.[/\\])+/, ''))
  const candidates = [base, `${base}.html`, join(base, 'index.html')]
  return candidates.find((path) => path.startsWith(DIST) && existsSync(path) && statSync(path).isFile())
}

export async function serveSite(): Promise<{ url: string; server: Server }> {
  const server = createServer((request, response) => {
    const file = fileFor(new URL(request.url ?? '/', 'http://x').pathname)
    const status = file ? 200 : 404
    const body = readFileSync(file ?? join(DIST, '404.html'))
    response.writeHead(status, { 'Content-Type': TYPES[extname(file ?? '.html')] ?? 'application/octet-stream' })
    response.end(body)
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, server }
}
