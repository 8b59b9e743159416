// The files of `wxpay simulator` in its state folder: the simulator's state (state.json, kept across
// restarts), and what a merchant's app reads — the test merchant's key, its APIv3 key, the WeChat Pay
// keys to trust, the platform key that `wxpay notify send` signs with, and config.json naming them.
// `--fresh` removes exactly these files, and says which.
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import type { Simulator } from '@wxpay/simulator'

export const STATE_FILE = 'state.json'
const CERTS_DIR = 'wechatpay'
const MERCHANT_FILES = ['config.json', 'apiclient_key.pem', 'apiv3.key', 'simulator_platform_key.pem']

/** The PEM files of the WeChat Pay keys in the folder. */
const certificateFiles = (dir: string) =>
  existsSync(join(dir, CERTS_DIR))
    ? readdirSync(join(dir, CERTS_DIR))
        .filter((name) => name.endsWith('.pem'))
        .sort()
        .map((name) => join(CERTS_DIR, name))
    : []

/** Removes the simulator's files from the folder (nothing else in it); returns their paths, relative to it. */
export function removeSimulatorFiles(dir: string): string[] {
  if (!existsSync(dir)) return []
  const temporary = readdirSync(dir).filter((name) => name.startsWith(`${STATE_FILE}.`) && name.endsWith('.tmp'))
  const files = [STATE_FILE, ...temporary, ...MERCHANT_FILES, ...certificateFiles(dir)].filter((name) =>
    existsSync(join(dir, name)),
  )
  for (const name of files) rmSync(join(dir, name))
  return files
}

/** Writes the merchant's files; returns the configuration that points at them. Keys no longer served are removed. */
export function writeCredentials(dir: string, simulator: Simulator) {
  mkdirSync(join(dir, CERTS_DIR), { recursive: true })
  const merchant = simulator.merchant
  const write = (name: string, content: string) => {
    const path = join(dir, name)
    writeFileSync(path, content, { mode: 0o600 })
    return path
  }
  const privateKeyFile = write('apiclient_key.pem', merchant.privateKey)
  const apiV3KeyFile = write('apiv3.key', merchant.apiV3Key)
  const certs = Object.fromEntries(
    Object.entries(simulator.certs).map(([id, pem]) => [id, write(join(CERTS_DIR, `${id}.pem`), pem)]),
  )
  const current = new Set(Object.values(certs).map((path) => relative(dir, path)))
  for (const name of certificateFiles(dir)) if (!current.has(name)) rmSync(join(dir, name))
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
