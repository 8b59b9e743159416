// Install footprint: the packages and bytes that `npm install <sdk>` puts in node_modules, from the
// package-lock (dependency closure, with the peer dependencies npm 7+ installs) and the files on disk.
import { execFileSync } from 'node:child_process'
import { existsSync, lstatSync, readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

interface LockEntry {
  version?: string
  dependencies?: Record<string, string>
  optionalDependencies?: Record<string, string>
  peerDependencies?: Record<string, string>
  peerDependenciesMeta?: Record<string, { optional?: boolean }>
}

export interface Footprint {
  packages: number
  bytes: number
  /** Peer dependencies npm installs with it (counted in packages and bytes). */
  peers: string[]
  /** The direct dependencies, name@version. */
  direct: string[]
}

/** Bytes of the files in a package folder, without its nested node_modules. */
export function folderBytes(folder: string): number {
  let total = 0
  for (const entry of readdirSync(folder, { withFileTypes: true })) {
    if (entry.name === 'node_modules') continue
    const path = join(folder, entry.name)
    if (entry.isDirectory()) total += folderBytes(path)
    else if (entry.isFile()) total += lstatSync(path).size
  }
  return total
}

const parentOf = (lockPath: string): string => {
  const index = lockPath.lastIndexOf('/node_modules/')
  return index === -1 ? '' : lockPath.slice(0, index)
}

/** Where npm resolves `name` from the package at `from` (a package-lock path). */
function resolve(packages: Record<string, LockEntry>, from: string, name: string): string | undefined {
  for (let base = from; ; base = parentOf(base)) {
    const candidate = base ? `${base}/node_modules/${name}` : `node_modules/${name}`
    if (packages[candidate]) return candidate
    if (!base) return undefined
  }
}

/** A registry package installed in this workspace: its closure from the lock, its bytes from disk. */
export function registryFootprint(root: string, name: string): Footprint {
  const lock = JSON.parse(readFileSync(join(root, 'package-lock.json'), 'utf8')) as {
    packages: Record<string, LockEntry>
  }
  const start = `node_modules/${name}`
  if (!lock.packages[start]) throw new Error(`${name} is not in package-lock.json`)
  const seen = new Set<string>([start])
  const peers: string[] = []
  const queue = [start]
  while (queue.length > 0) {
    const current = queue.shift()!
    const entry = lock.packages[current]
    const optionalPeers = entry.peerDependenciesMeta ?? {}
    const wanted = [
      ...Object.keys(entry.dependencies ?? {}),
      ...Object.keys(entry.optionalDependencies ?? {}),
      ...Object.keys(entry.peerDependencies ?? {}).filter((peer) => !optionalPeers[peer]?.optional),
    ]
    for (const dependency of wanted) {
      const found = resolve(lock.packages, current, dependency)
      if (!found || seen.has(found)) continue
      seen.add(found)
      queue.push(found)
      if (entry.peerDependencies?.[dependency] && current === start) peers.push(dependency)
    }
  }
  const entry = lock.packages[start]
  const direct = Object.keys(entry.dependencies ?? {}).map((dependency) => {
    const found = resolve(lock.packages, start, dependency)
    return `${dependency}@${found ? lock.packages[found].version : '?'}`
  })
  let bytes = 0
  for (const path of seen) {
    const folder = join(root, path)
    if (existsSync(folder)) bytes += folderBytes(folder)
  }
  return { packages: seen.size, bytes, peers, direct }
}

/** A workspace package as it would be published: `npm pack --dry-run` (files, unpacked size). */
export function workspaceFootprint(root: string, workspace: string): Footprint {
  const output = execFileSync('npm', ['pack', '--dry-run', '--ignore-scripts', '--json', '--workspace', workspace], {
    cwd: root,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  })
  const [packed] = JSON.parse(output) as { unpackedSize: number; entryCount: number }[]
  const manifest = JSON.parse(readFileSync(join(root, 'packages', workspace.split('/')[1], 'package.json'), 'utf8'))
  const direct = Object.entries<string>(manifest.dependencies ?? {}).map(([dep, range]) => `${dep}@${range}`)
  if (direct.length > 0) throw new Error(`${workspace} has runtime dependencies; count them from the lock`)
  return { packages: 1, bytes: packed.unpackedSize, peers: [], direct }
}
