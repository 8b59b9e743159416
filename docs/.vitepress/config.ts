// The documentation site (VitePress). The endpoint and event pages and their sidebar are generated
// from the catalog by `npm run docs` (docs/endpoints, docs/events, generated/sidebar.json); the
// guides are written by hand. Dead links fail the build (VitePress's default, kept).
import { existsSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { defineConfig } from 'vitepress'
import generated from './generated/sidebar.json' with { type: 'json' }
import { withOptionalParts } from './optional-parts.js'
import { search } from './search.js'
import { twoslash } from './twoslash.js'

/** The site's source directory (docs/), wherever the site is built from. */
const SRC_DIR = fileURLToPath(new URL('../', import.meta.url))
const exists = (path: string) => existsSync(join(SRC_DIR, path))

/**
 * Included text keeps the links of the file it comes from: the benchmark's report shows its chart
 * next to itself, and the README links site pages by their path in the repository (`docs/…`).
 */
const includedLinks = (src: string) =>
  src.replace('](latest.svg)', '](../../bench/results/latest.svg)').replace(/\]\(docs\//g, '](/')

const guide = [
  { text: 'Quick start', link: '/guide/quick-start' },
  { text: 'Keys, public keys and certificates', link: '/guide/keys-and-certificates' },
  { text: 'Notifications and adapters', link: '/guide/notifications' },
  { text: 'The simulator', link: '/guide/simulator' },
  { text: 'Migrating from wechatpay-axios-plugin', link: '/migrating-from-wechatpay-axios-plugin' },
  { text: 'Runtimes', link: '/guide/runtimes' },
  { text: 'Running several instances', link: '/guide/several-instances' },
  { text: 'Performance', link: '/guide/performance' },
  { text: 'Reliability', link: '/guide/reliability' },
  ...(exists('reliability.md') ? [{ text: 'Reliability figures', link: '/reliability' }] : []),
]

export default defineConfig({
  title: 'wxpay',
  description: 'WeChat Pay APIv3 contract signing (预签约) and entrusted deduction (委托代扣) in TypeScript',
  lang: 'en',
  cleanUrls: true,
  lastUpdated: false,
  markdown: {
    codeTransformers: [twoslash()],
    config: (md) => {
      md.core.ruler.before('normalize', 'optional-parts', (state) => {
        state.src = includedLinks(withOptionalParts(state.src, SRC_DIR))
      })
    },
  },
  themeConfig: {
    search,
    nav: [
      { text: 'Guide', link: '/guide/quick-start' },
      { text: 'Endpoints', link: '/endpoints/' },
      { text: 'Notifications', link: '/events/' },
    ],
    sidebar: [
      { text: 'Guide', items: guide },
      { text: 'Endpoints', link: '/endpoints/', items: generated.endpoints },
      { text: 'Notifications', link: '/events/', items: generated.events },
    ],
    outline: { level: [2, 3] },
  },
})
