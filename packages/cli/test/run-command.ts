// Runs one `wxpay` subcommand in-process with commander's exit and output captured, and keeps every
// line it printed so that a suite can check afterwards that no secret was ever printed.
import { Command, CommanderError } from 'commander'

export interface CommandResult {
  exitCode: number
  out: string
  err: string
}

export function commandRunner(register: (program: Command) => void, command: string[]) {
  const outputs: string[] = []
  const run = async (args: string[]): Promise<CommandResult> => {
    const out: string[] = []
    const err: string[] = []
    const program = new Command('wxpay')
      .exitOverride()
      .configureOutput({ writeOut: (text) => out.push(text), writeErr: (text) => err.push(text) })
    register(program)
    let exitCode = 0
    try {
      await program.parseAsync(['node', 'wxpay', ...command, ...args])
    } catch (error) {
      if (!(error instanceof CommanderError)) throw error
      exitCode = error.exitCode
    }
    outputs.push(...out, ...err)
    return { exitCode, out: out.join(''), err: err.join('') }
  }
  return { run, outputs }
}
