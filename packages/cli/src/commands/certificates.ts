// `wxpay certificates download`: fetches the platform certificates with the merchant's credentials
// alone (the bootstrap case: no WeChat Pay key configured yet) and writes one PEM per serial;
// `wxpay certificates show`: the serial and validity of a certificate file.
import { X509Certificate } from 'node:crypto'
import { mkdirSync, writeFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { DEFAULT_BASE_URL, WechatPay } from '@wxpay/sdk'
import type { Command } from 'commander'
import { Refusal, read, refusing } from './files.js'

interface DownloadOptions {
  mchid: string
  serial: string
  privateKey: string
  apiv3KeyFile: string
  baseUrl: string
  output: string
}

const day = (date: Date) => date.toISOString().replace('.000Z', 'Z')

function validity(notBefore: Date, notAfter: Date, now = Date.now()): string {
  if (now < notBefore.getTime()) return 'not yet valid'
  if (now > notAfter.getTime()) return 'EXPIRED'
  return `valid, ${Math.floor((notAfter.getTime() - now) / 86_400_000)} days left`
}

async function download(options: DownloadOptions, write: (line: string) => void): Promise<void> {
  const wxpay = new WechatPay({
    mchid: options.mchid,
    serial: options.serial,
    privateKey: read(options.privateKey, '--private-key'),
    // An editor's final newline is not part of the key.
    apiV3Key: read(options.apiv3KeyFile, '--apiv3-key-file')
      .toString('utf8')
      .replace(/\r?\n$/, ''),
    baseURL: options.baseUrl,
  })
  const certificates = await wxpay.certificates.download()
  const directory = resolve(options.output)
  mkdirSync(directory, { recursive: true })
  for (const certificate of certificates) {
    const path = join(directory, `${certificate.serial}.pem`)
    writeFileSync(path, certificate.pem)
    write(
      `${certificate.serial}  ${day(certificate.notBefore)} → ${day(certificate.notAfter)}  ` +
        `(${validity(certificate.notBefore, certificate.notAfter)})  ${path}`,
    )
  }
  write(
    `${certificates.length} platform certificate(s) for merchant ${options.mchid}; configure them in certs by serial`,
  )
}

function show(file: string, write: (line: string) => void): void {
  let certificate: X509Certificate
  try {
    certificate = new X509Certificate(read(file, 'certificate'))
  } catch (error) {
    if (error instanceof Refusal) throw error
    throw new Refusal(
      `${file} is not a PEM X.509 certificate (a WeChat Pay public key pub_key.pem has no serial or dates)`,
    )
  }
  const notBefore = new Date(certificate.validFrom)
  const notAfter = new Date(certificate.validTo)
  write(`serial      ${certificate.serialNumber.toUpperCase()}`)
  write(`not before  ${day(notBefore)}`)
  write(`not after   ${day(notAfter)}`)
  write(`status      ${validity(notBefore, notAfter)}`)
  write(`subject     ${certificate.subject.replace(/\n/g, ', ')}`)
}

/** Registers `certificates download` and `certificates show` on the program. */
export function registerCertificatesCommand(program: Command): Command {
  const certificates = program.command('certificates').description('WeChat Pay platform certificates')
  certificates
    .command('download')
    .description('download, decrypt and verify the platform certificates; write one PEM per serial')
    .requiredOption('--mchid <mchid>', 'your merchant id')
    .requiredOption('--serial <serial>', 'the serial of your merchant API certificate (apiclient_cert.pem)')
    .requiredOption('--private-key <file>', 'your merchant API private key (apiclient_key.pem)')
    .requiredOption('--apiv3-key-file <file>', 'a file holding the APIv3 key (32 characters)')
    .option('--base-url <url>', 'the WeChat Pay API, or a simulator', DEFAULT_BASE_URL)
    .option('--output <dir>', 'where to write <serial>.pem', '.')
    .action(async function (this: Command, options: DownloadOptions) {
      await refusing(this, 'wxpay.certificates.failed', (write) => download(options, write))
    })
  certificates
    .command('show')
    .description('print the serial and validity of a certificate file')
    .argument('<file>', 'a PEM certificate')
    .action(async function (this: Command, file: string) {
      await refusing(this, 'wxpay.certificates.failed', (write) => show(file, write))
    })
  return certificates
}
