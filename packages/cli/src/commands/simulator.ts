// `wxpay simulator`: runs the simulator standalone for your own app, keeping its state and the test
// merchant's credentials in a folder across restarts, logging each request and delivery, and prints a
// client configuration to paste, the dashboard's address and the control API to drive it (the user,
// the wallet, the clock). `wxpay demo`: the demo.
import { join, resolve } from 'node:path'
import { createSimulator, type Simulator, type SimulatorMode, StateFileError } from '@wxpay/simulator'
import { type Command, Option } from 'commander'
import { runDemo } from '../demo/index.js'
import { wholeNumber as integer, Refusal, refusing, type Write } from './files.js'
import { removeSimulatorFiles, STATE_FILE, writeCredentials } from './simulator-files.js'

interface SimulatorCommandOptions {
  port: number
  host: string
  mode?: SimulatorMode
  stateDir?: string
  dir?: string
  fresh?: boolean
  quiet?: boolean
  probes: number
}

/** How to drive the simulator from a test in any language: the user, the wallet, the clock. */
const controlHelp = (url: string) =>
  `The simulated user: POST ${url}/simulator/sessions/<pre_entrustweb_id>/agree (or /decline, /expire),\n` +
  `  POST /simulator/contracts/<contract_id>/terminate; the wallet: POST /simulator/wallet\n` +
  `  { "contract_id": "…", "reason": "NOTENOUGH" }; time: POST /simulator/clock { "advance_ms": 86400000 }\n` +
  `  or { "now": "2027-01-01T10:00:00+08:00" } (signatures keep real time);\n` +
  `GET ${url}/simulator/sessions, /simulator/contracts, /simulator/deductions, /simulator/deliveries,\n` +
  `/simulator/clock; POST /simulator/deliveries/<notificationId>/resend sends a notification again.\n` +
  `Or all of it in a browser: ${url}/. One line per request and delivery follows (--quiet: none). Ctrl-C stops.\n`

/** What `wxpay simulator` prints once it listens: where, the client configuration, what to try. */
function banner(simulator: Simulator, config: ReturnType<typeof writeCredentials>, dir: string): string {
  const certs = Object.entries(config.certs)
    .map(([id, file]) => `    '${id}': readFileSync('${file}'),`)
    .join('\n')
  const configFile = join(dir, 'config.json')
  return (
    `wxpay simulator listening on ${simulator.url} (${simulator.mode} mode); the dashboard: ${simulator.url}/\n` +
    `test merchant ${config.mchid}; state and files in ${dir} (config.json lists them), kept across restarts\n\n` +
    `import { readFileSync } from 'node:fs'\nimport { WechatPay } from '@wxpay/sdk'\n\n` +
    `const wxpay = new WechatPay({\n  mchid: '${config.mchid}',\n  serial: '${config.serial}',\n` +
    `  privateKey: readFileSync('${config.privateKeyFile}'),\n  certs: {\n${certs}\n  },\n` +
    `  apiV3Key: readFileSync('${config.apiV3KeyFile}', 'utf8'),\n  baseURL: '${simulator.url}',\n})\n\n` +
    `From the command line: wxpay request METHOD /v3/… --config ${configFile}\n` +
    `                       wxpay notify send EVENT --to YOUR_NOTIFY_URL --config ${configFile}\n` +
    controlHelp(simulator.url)
  )
}

export function registerSimulatorCommand(program: Command): void {
  program
    .command('simulator')
    .description('run the WeChat Pay simulator on 127.0.0.1 until Ctrl-C')
    .option('--port <port>', 'port to listen on (0 picks a free one)', integer('--port'), 8321)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .addOption(
      new Option('--mode <mode>', "keys WeChat Pay signs with (default publicKey, or the saved state's)").choices([
        'publicKey',
        'certificate',
        'mixed',
      ]),
    )
    .option('--state-dir <dir>', 'folder for the state and the test merchant files, kept across restarts', '.wxpay-sim')
    .addOption(new Option('--dir <dir>', 'the same as --state-dir').hideHelp())
    .option('--fresh', 'remove the saved state and files first, and start with new keys')
    .option('--quiet', 'print no line per request and delivery')
    .option('--probes <count>', 'WECHATPAY/SIGNTEST/ probe deliveries before each notification', integer('--probes'), 0)
    .action((options: SimulatorCommandOptions, command: Command) =>
      refusing(command, 'wxpay.simulator', (write) => runSimulator(options, write)),
    )

  program
    .command('demo')
    .description('run the four pre-sign flows and three months of insurance premiums against an embedded simulator')
    .addOption(
      new Option('--mode <mode>', 'keys WeChat Pay signs with')
        .choices(['publicKey', 'certificate', 'mixed'])
        .default('publicKey'),
    )
    .action(async (options: { mode: SimulatorMode }) => {
      if (!(await runDemo({ mode: options.mode }))) process.exitCode = 1
    })
}

/** Starts the simulator from the state folder, prints the banner, logs until Ctrl-C, then saves and stops. */
async function runSimulator(options: SimulatorCommandOptions, write: Write): Promise<void> {
  const dir = resolve(options.dir ?? options.stateDir ?? '.wxpay-sim')
  if (options.fresh) {
    const removed = removeSimulatorFiles(dir)
    write(
      removed.length ? `--fresh: removed ${removed.join(', ')} from ${dir}` : `--fresh: nothing to remove in ${dir}`,
    )
  }
  let simulator: Simulator
  try {
    simulator = await createSimulator({
      port: options.port,
      host: options.host,
      mode: options.mode,
      probes: options.probes,
      stateFile: join(dir, STATE_FILE),
      log: options.quiet ? undefined : (line) => process.stdout.write(`${line}\n`),
    })
  } catch (error) {
    if (error instanceof StateFileError) throw new Refusal(error.message)
    throw error
  }
  const config = writeCredentials(dir, simulator)
  process.stdout.write(banner(simulator, config, dir))
  await new Promise<void>((done) => {
    const stop = () => {
      process.off('SIGINT', stop)
      process.off('SIGTERM', stop)
      done()
    }
    process.on('SIGINT', stop)
    process.on('SIGTERM', stop)
  })
  await simulator.close()
  process.stdout.write('simulator stopped\n')
}
