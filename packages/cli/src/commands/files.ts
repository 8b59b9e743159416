// What the commands share: a Refusal (printed as the command's error, exit 1, no stack), reading a
// file named by an option, JSON given inline or as @file, and running an action so that the failures a
// user can fix end in one message and exit code 1.
import { readFileSync } from 'node:fs'
import { WechatPayError } from '@wxpay/sdk'
import { type Command, InvalidArgumentError } from 'commander'

/** A refusal of the user's input, printed without a stack. */
export class Refusal extends Error {}

export function read(file: string, what: string): Buffer {
  try {
    return readFileSync(file === '-' ? 0 : file)
  } catch (error) {
    throw new Refusal(`cannot read ${what} ${file}: ${(error as NodeJS.ErrnoException).code ?? error}`)
  }
}

/** `--data '{"a":1}'` or `--data @body.json` (`@-`: standard input), parsed as JSON. */
export function readJson(value: string, option: string): unknown {
  const text = value.startsWith('@') ? read(value.slice(1), option).toString('utf8') : value
  try {
    return JSON.parse(text)
  } catch (error) {
    throw new Refusal(`${option} is not JSON (${(error as Error).message}); give JSON, or @file to read it from a file`)
  }
}

/** An option's parser for a whole number. */
export const wholeNumber = (name: string) => (value: string) => {
  if (!/^\d+$/.test(value)) throw new InvalidArgumentError(`${name} must be a whole number`)
  return Number(value)
}

/** Collects a repeatable option's values. */
export const collect = (value: string, previous: string[]) => [...previous, value]

/** `ID=FILE` → [id, file]; refuses any other shape. */
export function idAndFile(entry: string, option: string, example: string): [string, string] {
  const [id, file] = entry.split(/=(.*)/s, 2)
  if (!id || !file) throw new Refusal(`${option} ${entry}: write it as ID=FILE, e.g. ${example}`)
  return [id, file]
}

export type Write = (line: string) => void

/** Runs `action`, turning the failures a user can fix into a one-message exit with code 1. */
export async function refusing(command: Command, code: string, action: (write: Write) => unknown): Promise<void> {
  const output = command.configureOutput()
  try {
    await action((line) => output.writeOut?.(`${line}\n`))
  } catch (error) {
    if (error instanceof Refusal || error instanceof WechatPayError) {
      command.error(`${error.name === 'Error' ? '' : `${error.name}: `}${error.message}`, { exitCode: 1, code })
    }
    throw error
  }
}
