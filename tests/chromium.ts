// Debian's Chromium driven by playwright-core, which downloads no browser: the one launch the
// browser tests share (the documentation site's walk and the simulator's dashboard walk).
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { type BrowserContext, chromium, type Page } from 'playwright-core'

export const CHROMIUM = '/usr/bin/chromium'
// Background connections (updates, sync, QUIC) are refused by a closed network: keep them off.
const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export interface Browser {
  context: BrowserContext
  page: Page
  /** Closes the browser and removes its profile. */
  close(): Promise<void>
}

/** Chromium with a new, empty profile; `name` marks the profile's temporary folder. */
export async function launchChromium(name: string, viewport?: { width: number; height: number }): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`${CHROMIUM} is missing: install Debian's chromium (apt-get install chromium), as .ci/run does`)
  }
  const profile = mkdtempSync(join(tmpdir(), `wxpay-${name}-chromium-`))
  const removeProfile = () => rmSync(profile, { recursive: true, force: true })
  let context: BrowserContext
  try {
    context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      headless: true,
      args: ARGS,
      timeout: 60_000,
      ...(viewport ? { viewport } : {}),
    })
  } catch (error) {
    removeProfile()
    throw error
  }
  context.setDefaultTimeout(20_000)
  const page = context.pages()[0] ?? (await context.newPage())
  return {
    context,
    page,
    close: async () => {
      await context.close()
      removeProfile()
    },
  }
}
