// Every page of the documentation site that is generated from the catalog, with the sidebar that
// lists them: `npm run docs` writes them with the other generated files, a test checks they are
// current, and `orphanPages` names a generated page whose endpoint or event is gone.
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { events } from '@wxpay/sdk/protocol'
import { endpointPage } from './endpoint-page.js'
import { eventPage } from './event-page.js'
import {
  endpointLink,
  endpointSlug,
  eventLink,
  eventSlug,
  eventTypes,
  SITE,
  siteEndpoints,
  titleParts,
} from './links.js'
import { cell, code, frontmatter, GENERATED_NOTE, table } from './markdown.js'

/** The folders whose pages are all generated. */
export const GENERATED_DIRS = [`${SITE}/endpoints`, `${SITE}/events`]
export const SIDEBAR_PATH = `${SITE}/.vitepress/generated/sidebar.json`

function endpointsIndex(): string {
  const entries = siteEndpoints()
  const products = [...new Map(entries.map((entry) => [entry.product.slug, entry.product])).values()]
  const sections = products.flatMap((product) => {
    const rows = entries
      .filter((entry) => entry.product.slug === product.slug)
      .map(({ key, endpoint }) => {
        const { zh, en } = titleParts(endpoint.title)
        return [`[${cell(zh)}](${endpointLink(key)})`, cell(en), code(key), endpoint.role]
      })
    return [
      `## ${product.name} {#${product.slug}}`,
      '',
      table(['endpoint', 'what', 'method and path', 'caller'], rows),
      '',
    ]
  })
  return [
    frontmatter({ title: 'Endpoints' }),
    GENERATED_NOTE,
    '',
    '# Endpoints',
    '',
    `The ${entries.length} endpoints of the catalog, grouped by product. Each page has the call in every form, the request and response field by field, the errors, what the simulator does and a program that runs against it.`,
    '',
    ...sections,
  ].join('\n')
}

function eventsIndex(): string {
  const rows = eventTypes().map((type) => [
    `[${code(type)}](${eventLink(type)})`,
    events[type].summary,
    cell(events[type].doc),
  ])
  return [
    frontmatter({ title: 'Notifications' }),
    GENERATED_NOTE,
    '',
    '# Notifications',
    '',
    'The callbacks WeChat Pay posts to your notify URLs, by `event_type`. How to receive them: [the notifications guide](/guide/notifications).',
    '',
    table(['event_type', 'summary', 'what happened'], rows),
    '',
  ].join('\n')
}

/** The sidebar of the generated parts: endpoints by product, then the events. */
export function sidebar() {
  const entries = siteEndpoints()
  const products = [...new Map(entries.map((entry) => [entry.product.slug, entry.product])).values()]
  return {
    endpoints: products.map((product) => ({
      text: product.name,
      collapsed: true,
      items: entries
        .filter((entry) => entry.product.slug === product.slug)
        .map(({ key, endpoint }) => ({ text: titleParts(endpoint.title).zh, link: endpointLink(key) })),
    })),
    events: eventTypes().map((type) => ({ text: type, link: eventLink(type) })),
  }
}

/** Every generated page of the site and the sidebar, as the catalog makes them now. */
export function sitePages(): { path: string; content: string }[] {
  return [
    ...siteEndpoints().map((entry) => ({
      path: `${SITE}/endpoints/${entry.product.slug}/${endpointSlug(entry.key)}.md`,
      content: endpointPage(entry),
    })),
    { path: `${SITE}/endpoints/index.md`, content: endpointsIndex() },
    ...eventTypes().map((type) => ({ path: `${SITE}/events/${eventSlug(type)}.md`, content: eventPage(type) })),
    { path: `${SITE}/events/index.md`, content: eventsIndex() },
    { path: SIDEBAR_PATH, content: `${JSON.stringify(sidebar(), null, 2)}\n` },
  ]
}

function markdownFiles(root: string, dir: string): string[] {
  let entries: import('node:fs').Dirent[]
  try {
    entries = readdirSync(join(root, dir), { withFileTypes: true })
  } catch {
    return []
  }
  return entries.flatMap((entry) => {
    const path = `${dir}/${entry.name}`
    if (entry.isDirectory()) return markdownFiles(root, path)
    return entry.name.endsWith('.md') ? [path] : []
  })
}

/** Pages in the generated folders that the catalog no longer makes. */
export function orphanPages(root: string, generated: string[]): string[] {
  const wanted = new Set(generated)
  return GENERATED_DIRS.flatMap((dir) => markdownFiles(root, dir)).filter((path) => !wanted.has(path))
}
