// Measures the shape of packages/*/src from the code itself: file and function lengths, the import
// graph (cycles), and which package imports which. `npm run structure` prints it; a test holds it
// to the limits ARCHITECTURE.md states.
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..')
export const MAX_FILE_LINES = 300
export const MAX_FUNCTION_LINES = 60
/** Data, not logic: the catalog's endpoint and callback definitions, and what is generated from them, may run long. */
export const DATA_FILES = /^packages\/sdk\/src\/(catalog\/(endpoints\/[\w-]+|events)|generated\/[\w-]+)\.ts$/
/** The packages each package may import: cli → simulator → sdk, never back. */
export const ALLOWED_PACKAGE_IMPORTS: Record<string, string[]> = {
  sdk: [],
  simulator: ['sdk'],
  cli: ['sdk', 'simulator'],
  redis: ['sdk'],
}

export interface SourceFile {
  path: string
  lines: number
  /** Relative imports, resolved to repository paths. */
  imports: string[]
  /** `@wxpay/<name>` packages imported. */
  packages: string[]
  functions: { name: string; lines: number }[]
}

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return walk(path)
    return /\.tsx?$/.test(entry.name) && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

/** Every source file of packages/*\/src, measured. */
export function sourceFiles(root = ROOT): SourceFile[] {
  const packages = readdirSync(join(root, 'packages'))
  return packages.flatMap((name) => {
    const src = join(root, 'packages', name, 'src')
    try {
      return walk(src).map((file) => measure(root, file))
    } catch {
      return []
    }
  })
}

function measure(root: string, file: string): SourceFile {
  const text = readFileSync(file, 'utf8')
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true)
  const imports: string[] = []
  const packages: string[] = []
  const functions: SourceFile['functions'] = []
  const lineOf = (position: number) => source.getLineAndCharacterOfPosition(position).line
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier) {
      const specifier = (node.moduleSpecifier as ts.StringLiteral).text
      if (specifier.startsWith('.')) {
        imports.push(relative(root, resolve(dirname(file), specifier.replace(/\.js$/, '.ts'))))
      } else if (specifier.startsWith('@wxpay/')) packages.push(specifier.split('/')[1])
    }
    if (ts.isFunctionLike(node) && 'body' in node && node.body) {
      const name = node.name ? node.name.getText(source) : '(anonymous)'
      functions.push({ name, lines: lineOf(node.getEnd()) - lineOf(node.getStart(source)) + 1 })
    }
    ts.forEachChild(node, visit)
  }
  visit(source)
  return { path: relative(root, file), lines: text.split('\n').length, imports, packages, functions }
}

/** Import cycles among the files, each as the list of files around it. */
export function cycles(files: SourceFile[]): string[][] {
  const graph = new Map(files.map((file) => [file.path, file.imports]))
  const found: string[][] = []
  const state = new Map<string, 'open' | 'done'>()
  const stack: string[] = []
  const visit = (path: string) => {
    state.set(path, 'open')
    stack.push(path)
    for (const next of graph.get(path) ?? []) {
      if (state.get(next) === 'open') found.push(stack.slice(stack.indexOf(next)))
      else if (!state.has(next) && graph.has(next)) visit(next)
    }
    stack.pop()
    state.set(path, 'done')
  }
  for (const path of graph.keys()) if (!state.has(path)) visit(path)
  return found
}

/** Everything over a limit, in words. */
export function violations(files: SourceFile[] = sourceFiles()): string[] {
  const found: string[] = []
  for (const file of files) {
    const owner = file.path.split('/')[1]
    if (file.lines > MAX_FILE_LINES && !DATA_FILES.test(file.path)) {
      found.push(`${file.path}: ${file.lines} lines (limit ${MAX_FILE_LINES})`)
    }
    for (const fn of file.functions) {
      if (fn.lines > MAX_FUNCTION_LINES)
        found.push(`${file.path}: function ${fn.name} is ${fn.lines} lines (limit ${MAX_FUNCTION_LINES})`)
    }
    for (const name of file.packages) {
      if (name !== owner && !(ALLOWED_PACKAGE_IMPORTS[owner] ?? []).includes(name)) {
        found.push(
          `${file.path}: imports @wxpay/${name}; ${owner} may import ${ALLOWED_PACKAGE_IMPORTS[owner]?.join(', ') || 'no other package'}`,
        )
      }
    }
  }
  for (const cycle of cycles(files)) found.push(`import cycle: ${[...cycle, cycle[0]].join(' → ')}`)
  return found
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const found = violations()
  console.log(found.length === 0 ? 'structure: within the limits' : found.join('\n'))
  process.exitCode = found.length === 0 ? 0 : 1
}
