// The `wxpay` command. Each subcommand lives in its own file under commands/ and registers itself here.
import { Command } from 'commander'
import { registerCertificatesCommand } from './commands/certificates.js'
import { registerNotifyCommand } from './commands/notify.js'
import { registerSimulatorCommand } from './commands/simulator.js'

export function createProgram(): Command {
  const program = new Command('wxpay')
    .description(
      'WeChat Pay APIv3 contract signing and entrusted deduction: simulator, requests, certificates, notifications',
    )
    .version('0.1.0')
  registerCertificatesCommand(program)
  registerNotifyCommand(program)
  registerSimulatorCommand(program)
  return program
}

export async function main(argv: string[] = process.argv): Promise<void> {
  await createProgram().parseAsync(argv)
}
