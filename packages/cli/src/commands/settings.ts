// The merchant's settings for `wxpay request` and `wxpay notify send`, from (strongest first) flags,
// WXPAY_* environment variables, and the config.json that `wxpay simulator` writes
// (`--config FILE` or WXPAY_CONFIG; its relative paths are relative to the file).
import { dirname, resolve } from 'node:path'
import type { Command } from 'commander'
import { collect, idAndFile, Refusal, read } from './files.js'

/** The options the client commands share, as commander parses them. */
export interface SettingsFlags {
  config?: string
  mchid?: string
  serial?: string
  privateKey?: string
  apiv3KeyFile?: string
  cert?: string[]
  baseUrl?: string
  platformKey?: string
}

/** config.json as `wxpay simulator` writes it; every field optional here. */
interface ConfigFile {
  mchid?: string
  serial?: string
  appid?: string
  privateKeyFile?: string
  apiV3KeyFile?: string
  certs?: Record<string, string>
  baseURL?: string
  /** The simulated WeChat Pay side's signing key, for `wxpay notify send`; a real merchant has none. */
  platformKey?: { id: string; privateKeyFile: string }
}

/** What was found, files read; each command takes what it needs with `need`. */
export interface Settings {
  mchid?: string
  serial?: string
  appid?: string
  privateKey?: Buffer
  apiV3Key?: string
  certs: Record<string, Buffer>
  baseURL?: string
  platformKey?: { id: string; privateKey: Buffer }
}

const STRING_FIELDS = ['mchid', 'serial', 'appid', 'privateKeyFile', 'apiV3KeyFile', 'baseURL'] as const

/** An object of id → file path. */
const isFileMap = (value: unknown) =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  Object.values(value).every((path) => typeof path === 'string')

function readConfig(file: string): ConfigFile & { dir: string } {
  let parsed: unknown
  try {
    parsed = JSON.parse(read(file, '--config').toString('utf8'))
  } catch (error) {
    if (error instanceof Refusal) throw error
    throw new Refusal(`--config ${file} is not JSON; it is the config.json that wxpay simulator writes`)
  }
  const config = parsed as ConfigFile
  const wrong = STRING_FIELDS.filter((name) => config?.[name] !== undefined && typeof config[name] !== 'string')
  const certs = config?.certs
  const certsWrong = certs !== undefined && !isFileMap(certs)
  const platform = config?.platformKey
  const platformWrong =
    platform !== undefined && (typeof platform?.id !== 'string' || typeof platform?.privateKeyFile !== 'string')
  if (typeof parsed !== 'object' || parsed === null || wrong.length > 0 || certsWrong || platformWrong) {
    const fields = [...wrong, ...(certsWrong ? ['certs'] : []), ...(platformWrong ? ['platformKey'] : [])]
    throw new Refusal(
      `--config ${file}: ${fields.length ? `${fields.join(', ')} must be ` : 'must be one object of '}` +
        'strings (file paths), certs an object of id → file, platformKey { id, privateKeyFile }',
    )
  }
  return { ...config, dir: dirname(resolve(file)) }
}

/** An editor's final newline is not part of the key. */
const keyText = (bytes: Buffer) => bytes.toString('utf8').replace(/\r?\n$/, '')

/** Reads the settings: flags over WXPAY_* variables over the config file. */
export function readSettings(flags: SettingsFlags, env: NodeJS.ProcessEnv = process.env): Settings {
  const configFile = flags.config ?? env.WXPAY_CONFIG
  const config = configFile ? readConfig(configFile) : undefined
  const fromConfig = (path: string | undefined) => (path === undefined ? undefined : resolve(config!.dir, path))
  const privateKeyFile = flags.privateKey ?? env.WXPAY_PRIVATE_KEY_FILE ?? fromConfig(config?.privateKeyFile)
  const apiV3KeyFile = flags.apiv3KeyFile ?? env.WXPAY_APIV3_KEY_FILE
  const configKeyFile = fromConfig(config?.apiV3KeyFile)
  const certEntries = flags.cert?.length
    ? flags.cert.map((entry) => idAndFile(entry, '--cert', 'PUB_KEY_ID_0114…=pub_key.pem'))
    : env.WXPAY_CERTS
      ? env.WXPAY_CERTS.split(',').map((entry) => idAndFile(entry.trim(), 'WXPAY_CERTS', 'ID=FILE,ID=FILE'))
      : Object.entries(config?.certs ?? {}).map(([id, file]) => [id, fromConfig(file)!] as [string, string])
  const platformKey = flags.platformKey
    ? idAndFile(flags.platformKey, '--platform-key', 'PUB_KEY_ID_0114…=platform_key.pem')
    : config?.platformKey
      ? [config.platformKey.id, fromConfig(config.platformKey.privateKeyFile)!]
      : undefined
  return {
    mchid: flags.mchid ?? env.WXPAY_MCHID ?? config?.mchid,
    serial: flags.serial ?? env.WXPAY_SERIAL ?? config?.serial,
    appid: config?.appid,
    privateKey: privateKeyFile ? read(privateKeyFile, '--private-key') : undefined,
    apiV3Key: apiV3KeyFile
      ? keyText(read(apiV3KeyFile, '--apiv3-key-file'))
      : (env.WXPAY_APIV3_KEY ?? (configKeyFile ? keyText(read(configKeyFile, 'apiV3KeyFile')) : undefined)),
    certs: Object.fromEntries(certEntries.map(([id, file]) => [id, read(file, `--cert ${id}`)])),
    baseURL: flags.baseUrl ?? env.WXPAY_BASE_URL ?? config?.baseURL,
    platformKey: platformKey && { id: platformKey[0], privateKey: read(platformKey[1], '--platform-key') },
  }
}

const HOW = {
  mchid: '--mchid (or WXPAY_MCHID)',
  serial: '--serial (or WXPAY_SERIAL)',
  privateKey: '--private-key FILE (or WXPAY_PRIVATE_KEY_FILE)',
  apiV3Key: '--apiv3-key-file FILE (or WXPAY_APIV3_KEY_FILE, WXPAY_APIV3_KEY)',
  platformKey: '--platform-key ID=FILE, the WeChat Pay side’s signing key',
} as const

/** The settings named, refusing with every missing one and how to give it. */
export function need<K extends keyof typeof HOW>(
  settings: Settings,
  names: K[],
): Settings & Required<Pick<Settings, K>> {
  const missing = names.filter((name) => settings[name] === undefined)
  if (missing.length > 0) {
    throw new Refusal(
      `missing ${missing.join(', ')}: pass --config .wxpay-sim/config.json (written by wxpay simulator), ` +
        `or ${missing.map((name) => HOW[name]).join(', ')}`,
    )
  }
  return settings as Settings & Required<Pick<Settings, K>>
}

const OPTIONS = {
  config: ['--config <file>', 'the config.json that wxpay simulator writes (or WXPAY_CONFIG)'],
  mchid: ['--mchid <mchid>', 'your merchant id (or WXPAY_MCHID)'],
  serial: ['--serial <serial>', 'the serial of your merchant API certificate (or WXPAY_SERIAL)'],
  privateKey: ['--private-key <file>', 'your merchant API private key, apiclient_key.pem (or WXPAY_PRIVATE_KEY_FILE)'],
  apiv3KeyFile: ['--apiv3-key-file <file>', 'a file holding the APIv3 key (or WXPAY_APIV3_KEY_FILE, WXPAY_APIV3_KEY)'],
  cert: ['--cert <id=file>', 'a WeChat Pay public key or platform certificate by its id; repeatable (or WXPAY_CERTS)'],
  baseUrl: ['--base-url <url>', 'the WeChat Pay API, or a simulator (or WXPAY_BASE_URL)'],
  platformKey: [
    '--platform-key <id=file>',
    'the WeChat Pay side’s private key that signs, by its id (config: platformKey)',
  ],
} as const satisfies Record<keyof SettingsFlags, readonly [string, string]>

/** Adds the settings options named to a command (all of them by default). */
export function settingsOptions(
  command: Command,
  names: (keyof SettingsFlags)[] = ['config', 'mchid', 'serial', 'privateKey', 'apiv3KeyFile', 'cert', 'baseUrl'],
): Command {
  for (const name of names) {
    const [flags, description] = OPTIONS[name]
    if (name === 'cert') command.option(flags, description, collect, [] as string[])
    else command.option(flags, description)
  }
  return command
}
