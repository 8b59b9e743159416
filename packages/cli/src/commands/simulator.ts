// `wxpay simulator`: runs the simulator standalone for your own app, writes the test merchant's
// credentials to a folder, and prints a client configuration to paste and the control API to drive it
// (the user, the wallet, the clock). `wxpay demo`: the demo.
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { createSimulator, type SimulatorMode } from '@wxpay/simulator'
import { type Command, Option } from 'commander'
import { runDemo } from '../demo/index.js'
import { wholeNumber as integer } from './files.js'

interface SimulatorCommandOptions {
  port: number
  host: string
  mode: SimulatorMode
  dir: string
  probes: number
}

/** Writes the merchant's files; returns the configuration that points at them. */
export function writeCredentials(dir: string, simulator: Awaited<ReturnType<typeof createSimulator>>) {
  mkdirSync(join(dir, 'wechatpay'), { recursive: true })
  const merchant = simulator.merchant
  const write = (name: string, content: string) => {
    const path = join(dir, name)
    writeFileSync(path, content, { mode: 0o600 })
    return path
  }
  const privateKeyFile = write('apiclient_key.pem', merchant.privateKey)
  const apiV3KeyFile = write('apiv3.key', merchant.apiV3Key)
  const certs = Object.fromEntries(
    Object.entries(simulator.certs).map(([id, pem]) => [id, write(join('wechatpay', `${id}.pem`), pem)]),
  )
  // The simulated WeChat Pay side's signing key, so that `wxpay notify send` signs as the simulator does.
  const signer = simulator.platform.signer(undefined)
  const platformKeyFile = write(
    'simulator_platform_key.pem',
    signer.privateKey.export({ type: 'pkcs8', format: 'pem' }).toString(),
  )
  const config = {
    mchid: merchant.mchid,
    serial: merchant.serial,
    appid: merchant.appid,
    privateKeyFile,
    apiV3KeyFile,
    certs,
    baseURL: simulator.url,
    platformKey: { id: signer.id, privateKeyFile: platformKeyFile },
  }
  write('config.json', `${JSON.stringify(config, null, 2)}\n`)
  return config
}

/** How to drive the simulator from a test in any language: the user, the wallet, the clock. */
const controlHelp = (url: string) =>
  `The simulated user: POST ${url}/simulator/sessions/<pre_entrustweb_id>/agree (or /decline, /expire),\n` +
  `  POST /simulator/contracts/<contract_id>/terminate; the wallet: POST /simulator/wallet\n` +
  `  { "contract_id": "…", "reason": "NOTENOUGH" }; time: POST /simulator/clock { "advance_ms": 86400000 }\n` +
  `  or { "now": "2027-01-01T10:00:00+08:00" } (signatures keep real time);\n` +
  `GET ${url}/simulator/sessions, /simulator/contracts, /simulator/deductions, /simulator/deliveries,\n` +
  `/simulator/clock. Ctrl-C stops.\n`

/** What `wxpay simulator` prints once it listens: where, the client configuration, what to try. */
function banner(
  simulator: Awaited<ReturnType<typeof createSimulator>>,
  config: ReturnType<typeof writeCredentials>,
  dir: string,
): string {
  const certs = Object.entries(config.certs)
    .map(([id, file]) => `    '${id}': readFileSync('${file}'),`)
    .join('\n')
  const configFile = join(dir, 'config.json')
  return (
    `wxpay simulator listening on ${simulator.url} (${simulator.mode} mode)\n` +
    `test merchant ${config.mchid}, files in ${dir} (config.json lists them)\n\n` +
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
      new Option('--mode <mode>', 'keys WeChat Pay signs with')
        .choices(['publicKey', 'certificate', 'mixed'])
        .default('publicKey'),
    )
    .option('--dir <dir>', 'folder for the test merchant key files', '.wxpay-sim')
    .option('--probes <count>', 'WECHATPAY/SIGNTEST/ probe deliveries before each notification', integer('--probes'), 0)
    .action(async (options: SimulatorCommandOptions) => {
      const simulator = await createSimulator({
        port: options.port,
        host: options.host,
        mode: options.mode,
        probes: options.probes,
      })
      const config = writeCredentials(resolve(options.dir), simulator)
      process.stdout.write(banner(simulator, config, resolve(options.dir)))
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
    })

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
