// The state file: read and checked at start (a file that is not valid JSON, not ours, of another
// version or damaged is refused with what to do, and left as it is), written atomically (a temporary
// file renamed over it) a moment after each change, and once more on close.
import { existsSync, mkdirSync, readFileSync } from 'node:fs'
import { rename, writeFile } from 'node:fs/promises'
import { dirname } from 'node:path'
import { type SimulatorState, STATE_FORMAT, STATE_VERSION } from './snapshot.js'

/** A state file the simulator will not start from; it is left untouched. */
export class StateFileError extends Error {
  override name = 'StateFileError'
}

const ADVICE = 'It was left as it is: move it away, or start afresh (wxpay simulator --fresh) to begin anew.'

/** The parts a state must have, and what each is. */
const SHAPE: Record<string, 'object' | 'array'> = {
  platform: 'object',
  merchants: 'array',
  sessions: 'object',
  contracts: 'array',
  deductions: 'array',
  wallet: 'object',
  faults: 'object',
  notifier: 'object',
}

const kindOf = (value: unknown) => (Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value)

/** The state saved in `file`, undefined when there is none yet; a StateFileError when it cannot be used. */
export function readState(file: string): SimulatorState | undefined {
  if (!existsSync(file)) return undefined
  const refuse = (why: string): never => {
    throw new StateFileError(`${file} ${why}. ${ADVICE}`)
  }
  let data: any
  try {
    data = JSON.parse(readFileSync(file, 'utf8'))
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code) refuse(`cannot be read (${(error as Error).message})`)
    refuse(`is not a wxpay simulator state file: it is not valid JSON (${(error as Error).message})`)
  }
  if (kindOf(data) !== 'object' || data.format !== STATE_FORMAT) {
    const format = kindOf(data) === 'object' ? JSON.stringify(data.format ?? null) : kindOf(data)
    refuse(`is not a wxpay simulator state file (its format is ${format}, not "${STATE_FORMAT}")`)
  }
  if (data.version !== STATE_VERSION) {
    refuse(
      `holds version ${JSON.stringify(data.version)} of the state format; this simulator reads version ${STATE_VERSION}`,
    )
  }
  for (const [part, kind] of Object.entries(SHAPE)) {
    if (kindOf(data[part]) !== kind) refuse(`is damaged: "${part}" is ${kindOf(data[part])}, not an ${kind}`)
  }
  return data as SimulatorState
}

/**
 * Writes what `take` gives to `file`, `delayMs` after the first change of a burst and on `close()`;
 * one write at a time, each to a temporary file renamed over the state, so a crash never leaves half a file.
 */
export class StateWriter {
  #timer: NodeJS.Timeout | undefined
  #writing: Promise<void> = Promise.resolve()
  #closed = false

  constructor(
    readonly file: string,
    readonly take: () => SimulatorState,
    readonly delayMs = 100,
  ) {
    mkdirSync(dirname(file), { recursive: true })
  }

  /** Something changed: a write follows shortly. */
  changed(): void {
    if (this.#closed || this.#timer) return
    this.#timer = setTimeout(() => {
      this.#timer = undefined
      void this.save().catch((error) => console.error(`[wxpay simulator] cannot save ${this.file}:`, error))
    }, this.delayMs).unref()
  }

  /** Writes the state now (after a write in progress). */
  save(): Promise<void> {
    const text = `${JSON.stringify(this.take())}\n`
    const temporary = `${this.file}.${process.pid}.tmp`
    const write = this.#writing.then(async () => {
      await writeFile(temporary, text, { mode: 0o600 })
      await rename(temporary, this.file)
    })
    this.#writing = write.catch(() => {})
    return write
  }

  /** The last write, after any in progress; nothing is written after it. */
  close(): Promise<void> {
    clearTimeout(this.#timer)
    this.#closed = true
    return this.save()
  }
}
