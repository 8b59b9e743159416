// The conformance suite's own assertions and runner: nothing here imports a Node module, so that the
// same cases run on Node, workerd, Deno and Bun. A case throws to fail; the runner reports each case's
// outcome as plain JSON, which every runtime prints or returns the same way.

export interface CaseResult {
  name: string
  ok: boolean
  /** The failure's message; never a key (the cases put none in their messages). */
  error?: string
  ms: number
}

export interface Case<Context> {
  name: string
  run(context: Context): Promise<void>
}

export class CheckFailure extends Error {
  override name = 'CheckFailure'
}

const show = (value: unknown) =>
  typeof value === 'string' ? JSON.stringify(value) : (JSON.stringify(value) ?? String(value))

export function equal(actual: unknown, expected: unknown, what: string): void {
  if (show(actual) !== show(expected))
    throw new CheckFailure(`${what}: expected ${show(expected)}, got ${show(actual)}`)
}

export function check(condition: unknown, what: string): asserts condition {
  if (!condition) throw new CheckFailure(what)
}

/** Resolves with the rejection of `promise`, after checking its class name and `reason` when given. */
export async function rejects(
  promise: Promise<unknown>,
  expected: { name: string; reason?: string },
  what: string,
): Promise<Error> {
  let error: unknown
  try {
    await promise
  } catch (caught) {
    error = caught
  }
  check(error instanceof Error, `${what}: expected a rejection with ${expected.name}, it resolved`)
  equal(error.name, expected.name, `${what}: the error's class`)
  if (expected.reason !== undefined) equal((error as { reason?: string }).reason, expected.reason, `${what}: reason`)
  return error
}

/** Runs every case in order (they share one simulator), each to its end. */
export async function runCases<Context>(cases: readonly Case<Context>[], context: Context): Promise<CaseResult[]> {
  const results: CaseResult[] = []
  for (const { name, run } of cases) {
    const started = Date.now()
    try {
      await run(context)
      results.push({ name, ok: true, ms: Date.now() - started })
    } catch (error) {
      const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error)
      results.push({ name, ok: false, error: message, ms: Date.now() - started })
    }
  }
  return results
}
