// The `wxpay` command. Each subcommand lives in its own file under commands/ and registers itself here.
import { Command } from 'commander'
import { registerCertificatesCommand } from './commands/certificates.js'
import { registerNotifyCommand } from './commands/notify.js'
import { registerRequestCommand } from './commands/request.js'
import { registerSimulatorCommand } from './commands/simulator.js'

export function createProgram(): Command {
  const program = new Command('wxpay')
    .description(
      'WeChat Pay APIv3 contract signing and entrusted deduction: simulator, requests, certificates, notifications',
    )
    .version('0.1.0')
  registerCertificatesCommand(program)
  registerNotifyCommand(program)
  registerRequestCommand(program)
  registerSimulatorCommand(program)
  return program
}

/**
 * A reader that stops early (`wxpay notify verify … | head -3`) closes the pipe: what is left to print
 * is dropped, quietly, and the exit code stays the command's. Any other write error still throws.
 */
export function tolerateClosedPipes(streams: NodeJS.WriteStream[] = [process.stdout, process.stderr]): void {
  for (const stream of streams) {
    stream.on('error', (error: NodeJS.ErrnoException) => {
      if (error.code !== 'EPIPE') throw error
    })
  }
}

export async function main(argv: string[] = process.argv): Promise<void> {
  tolerateClosedPipes()
  await createProgram().parseAsync(argv)
}
