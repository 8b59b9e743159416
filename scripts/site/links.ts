// Where each generated page of the documentation site lives, and the links between them: one page per
// catalog endpoint under docs/endpoints/<product>/, one per callback under docs/events/.
import { type EndpointDefinition, type EventType, events, products } from '@wxpay/sdk/protocol'
import { endpointTypeName } from '../catalog-names.js'

export const SITE = 'docs'

export interface SiteEndpoint {
  key: string
  endpoint: EndpointDefinition
  product: { name: string; slug: string }
}

/** Every catalog endpoint in the order of the products, with its product. */
export function siteEndpoints(): SiteEndpoint[] {
  return products.flatMap((product) =>
    (Object.entries(product.endpoints) as [string, EndpointDefinition][]).map(([key, endpoint]) => ({
      key,
      endpoint,
      product: { name: product.name, slug: product.slug },
    })),
  )
}

const kebab = (name: string) => name.replace(/([a-z0-9])([A-Z])/g, '$1-$2').toLowerCase()

/** `POST /v3/papay/…/mini-program` → `papay-insurance-sign-…-mini-program-post`. */
export const endpointSlug = (key: string) => kebab(endpointTypeName(key))

/** The site link of an endpoint's page (no extension: VitePress resolves it). */
export function endpointLink(key: string): string {
  const found = siteEndpoints().find((entry) => entry.key === key)
  if (!found) throw new Error(`no catalog endpoint ${key}`)
  return `/endpoints/${found.product.slug}/${endpointSlug(key)}`
}

export const eventTypes = () => Object.keys(events) as EventType[]

/** `INSURANCE_ENTRUST.SIGN` → `insurance-entrust-sign`. */
export const eventSlug = (type: string) => type.toLowerCase().replace(/[._]/g, '-')
export const eventLink = (type: string) => `/events/${eventSlug(type)}`

/** A title `保险商户小程序预签约 (insurance pre-sign, mini-program)` as its Chinese name and English line. */
export function titleParts(title: string): { zh: string; en: string } {
  const open = title.indexOf(' (')
  if (open < 0 || !title.endsWith(')')) return { zh: title, en: '' }
  return { zh: title.slice(0, open), en: title.slice(open + 2, -1) }
}

/** A link to an endpoint's page, titled by its Chinese name. */
export const endpointRef = (key: string, endpoint: EndpointDefinition) =>
  `[${titleParts(endpoint.title).zh}](${endpointLink(key)})`
