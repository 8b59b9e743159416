// What the commands share for their input files: a Refusal (printed as the command's error, exit 1,
// no stack) and reading a file named by an option.
import { readFileSync } from 'node:fs'

/** A refusal of the user's input, printed without a stack. */
export class Refusal extends Error {}

export function read(file: string, what: string): Buffer {
  try {
    return readFileSync(file)
  } catch (error) {
    throw new Refusal(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`)
  }
}
