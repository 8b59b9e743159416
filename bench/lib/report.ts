// The results of one run as a Markdown table (with the ratios and the targets) and an SVG chart.
import type { Footprint } from './footprint.js'

export const CLIENT_NAMES = ['wxpay', 'wxpay-web', 'axios-plugin', 'node-v3', 'node-v3-verify', 'bare'] as const
export type ClientName = (typeof CLIENT_NAMES)[number]

export const LABELS: Record<ClientName, string> = {
  wxpay: '@wxpay/sdk',
  'wxpay-web': "@wxpay/sdk, crypto: 'web' (WebCrypto)",
  'axios-plugin': 'wechatpay-axios-plugin',
  'node-v3': 'wechatpay-node-v3 (never verifies)',
  'node-v3-verify': 'wechatpay-node-v3 + verifySign',
  bare: 'bare keep-alive round trip (reference)',
}

export interface Segment {
  name: ClientName
  concurrency: number
  round: number
  warmup: number
  count: number
  elapsedMs: number
  cpuUs: number
  latencies: number[]
  errors: number
  firstError?: string
  serverVerified: number
  serverRejected: number
  serverCpuUs: number
}

export interface RsaSample {
  threads: number
  allCores: number
  signUs: number
  verifyUs: number
  /** WebCrypto (`crypto.subtle`) on Node: signatures/s with 64 in flight, and one at a time (µs each). */
  web?: { inFlight: number; perSecond: number; signUs: number; verifyUs: number }
}

export interface ImportTiming {
  name: string
  label: string
  medianMs?: number
  samples: number
  failure?: string
}

export type NotifyResult =
  | { available: true; count: number; elapsedMs: number; cpuMs: number; perSecond: number; perCpuSecond: number }
  | { available: false; reason: string }

export interface Results {
  date: string
  mode: 'quick' | 'full'
  durationS: number
  machine: { node: string; cpu: string; cores: number; memoryGb: number; threadpool: number }
  plan: {
    rounds: number
    segments: Record<number, readonly number[]>
    importRuns: number
    notify: readonly number[]
  }
  versions: Record<string, string>
  setupMs: Record<string, number>
  maxRssKb: Record<string, number>
  segments: Segment[]
  rsa: RsaSample[]
  imports: ImportTiming[]
  notify: NotifyResult
  footprint: Record<string, Footprint | string>
}

export interface Aggregate {
  rps: number
  p50: number
  p99: number
  cpuMsPerCall: number
  serverCpuMsPerRequest: number
  count: number
  errors: number
}

const percentile = (sorted: number[], p: number): number =>
  sorted.length === 0 ? Number.NaN : sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = sorted.length >> 1
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2
}

export function aggregate(results: Results): Map<string, Aggregate> {
  const out = new Map<string, Aggregate>()
  const groups = new Map<string, Segment[]>()
  for (const segment of results.segments) {
    const key = `${segment.name}@${segment.concurrency}`
    groups.set(key, [...(groups.get(key) ?? []), segment])
  }
  for (const [key, group] of groups) {
    const count = group.reduce((sum, s) => sum + s.count, 0)
    const elapsedMs = group.reduce((sum, s) => sum + s.elapsedMs, 0)
    const latencies = group.flatMap((s) => s.latencies).sort((a, b) => a - b)
    out.set(key, {
      rps: (count * 1000) / elapsedMs,
      p50: percentile(latencies, 50),
      p99: percentile(latencies, 99),
      cpuMsPerCall: group.reduce((sum, s) => sum + s.cpuUs, 0) / 1000 / count,
      serverCpuMsPerRequest:
        group.reduce((sum, s) => sum + s.serverCpuUs, 0) / 1000 / group.reduce((sum, s) => sum + s.count + s.warmup, 0),
      count,
      errors: group.reduce((sum, s) => sum + s.errors + s.serverRejected, 0),
    })
  }
  return out
}

export function reference(results: Results) {
  return {
    allCores: median(results.rsa.map((r) => r.allCores)),
    signUs: median(results.rsa.map((r) => r.signUs)),
    verifyUs: median(results.rsa.map((r) => r.verifyUs)),
    threads: results.rsa[0]?.threads ?? results.machine.cores,
  }
}

/** The WebCrypto figures of the rounds (medians), when the run measured them. */
function webReference(results: Results) {
  const samples = results.rsa.flatMap((r) => (r.web ? [r.web] : []))
  if (samples.length === 0) return undefined
  return {
    inFlight: samples[0].inFlight,
    perSecond: median(samples.map((w) => w.perSecond)),
    signUs: median(samples.map((w) => w.signUs)),
    verifyUs: median(samples.map((w) => w.verifyUs)),
  }
}

/** @wxpay/sdk with node:crypto and with WebCrypto, side by side: the measured cost of portability. */
function portability(results: Results, concurrencies: number[]): string[] {
  const agg = aggregate(results)
  const ref = reference(results)
  const web = webReference(results)
  const rows = concurrencies.flatMap((c) => {
    const [node, portable] = [agg.get(`wxpay@${c}`), agg.get(`wxpay-web@${c}`)]
    if (!node || !portable) return []
    return [
      `| ${c} | ${fixed(node.rps)} | ${fixed(portable.rps)} | ${ratio(portable.rps, node.rps)} | ` +
        `${fixed(node.cpuMsPerCall, 3)} | ${fixed(portable.cpuMsPerCall, 3)} | ${fixed(node.p50, 2)} | ${fixed(portable.p50, 2)} |`,
    ]
  })
  if (rows.length === 0) return []
  return [
    "## The cost of portability: @wxpay/sdk with `crypto: 'web'` on Node",
    '',
    'The same client and transport (node:http), signing and verifying with WebCrypto instead of node:crypto: ' +
      'what a runtime without node:crypto pays for the cryptography, measured here on Node. S1 calls:',
    '',
    '| c | node:crypto req/s | WebCrypto req/s | WebCrypto ÷ node:crypto | node:crypto CPU ms/call | WebCrypto CPU ms/call | node:crypto p50 ms | WebCrypto p50 ms |',
    '|--:|--:|--:|--:|--:|--:|--:|--:|',
    ...rows,
    '',
    web
      ? `Signatures per second: node:crypto ${fixed(ref.allCores)}/s on all cores, WebCrypto ${fixed(web.perSecond)}/s with ` +
        `${web.inFlight} in flight; one signature ${fixed(ref.signUs)} µs vs ${fixed(web.signUs)} µs awaited, one verification ` +
        `${fixed(ref.verifyUs, 1)} µs vs ${fixed(web.verifyUs, 1)} µs (WebCrypto's calls each hop to the thread pool and back).`
      : '',
    '',
  ]
}

const fixed = (value: number | undefined, digits = 0): string =>
  value === undefined || !Number.isFinite(value)
    ? '–'
    : value.toLocaleString('en-US', { minimumFractionDigits: digits, maximumFractionDigits: digits })
const ratio = (value: number, base: number | undefined): string =>
  base && Number.isFinite(value / base) ? `${(value / base).toFixed(2)}×` : '–'
const percent = (value: number, base: number): string => `${((value / base) * 100).toFixed(0)} %`
const mb = (kb: number | undefined) => (kb ? `${(kb / 1024).toFixed(0)} MB` : '–')
const bytes = (n: number) => (n >= 1e6 ? `${(n / 1e6).toFixed(2)} MB` : `${(n / 1e3).toFixed(0)} kB`)

export interface Target {
  name: string
  goal: string
  measured: string
  met: boolean | undefined
  gap: string
}

export function targets(results: Results): Target[] {
  const agg = aggregate(results)
  const ref = reference(results)
  const at = (name: ClientName, c: number) => agg.get(`${name}@${c}`)
  const out: Target[] = []

  const sdk8 = at('wxpay', 8)
  const axios8 = at('axios-plugin', 8)
  if (sdk8 && axios8) {
    const r = sdk8.rps / axios8.rps
    out.push({
      name: 'c=8 vs axios-plugin',
      goal: '≥ 3× wechatpay-axios-plugin req/s',
      measured: `${fixed(sdk8.rps)} vs ${fixed(axios8.rps)} req/s = ${r.toFixed(2)}×`,
      met: r >= 3,
      gap: r >= 3 ? `${((r / 3 - 1) * 100).toFixed(0)} % above` : `${((1 - r / 3) * 100).toFixed(0)} % short`,
    })
  }
  if (sdk8) {
    const share = sdk8.rps / ref.allCores
    out.push({
      name: 'c=8 vs RSA capacity',
      goal: '≥ 70 % of all-core RSA-2048 signatures/s',
      measured: `${fixed(sdk8.rps)} of ${fixed(ref.allCores)}/s = ${(share * 100).toFixed(0)} %`,
      met: share >= 0.7,
      gap:
        share >= 0.7
          ? `${((share - 0.7) * 100).toFixed(0)} points above`
          : `${((0.7 - share) * 100).toFixed(0)} points short (${fixed(0.7 * ref.allCores - sdk8.rps)} req/s)`,
    })
  }
  const sdk1 = at('wxpay', 1)
  const bare1 = at('bare', 1)
  if (sdk1 && bare1) {
    const overheadUs = (sdk1.p50 - bare1.p50) * 1000 - ref.signUs - ref.verifyUs
    out.push({
      name: 'c=1 overhead',
      goal: '≤ 50 µs per call beyond 1 signature + 1 verification + 1 bare round trip',
      measured:
        `p50 ${fixed(sdk1.p50 * 1000)} µs − bare ${fixed(bare1.p50 * 1000)} − sign ${fixed(ref.signUs)} − ` +
        `verify ${fixed(ref.verifyUs)} = ${fixed(overheadUs)} µs`,
      met: overheadUs <= 50,
      gap: overheadUs <= 50 ? `${fixed(50 - overheadUs)} µs to spare` : `${fixed(overheadUs - 50)} µs over`,
    })
  }
  const sdkImport = results.imports.find((i) => i.name === 'wxpay')?.medianMs
  const axiosImport = results.imports.find((i) => i.name === 'axios-plugin')?.medianMs
  if (sdkImport !== undefined && axiosImport !== undefined) {
    const r = sdkImport / axiosImport
    out.push({
      name: 'cold import',
      goal: '≤ 1/3 of wechatpay-axios-plugin',
      measured: `${fixed(sdkImport, 1)} vs ${fixed(axiosImport, 1)} ms = ${(r * 100).toFixed(0)} %`,
      met: r <= 1 / 3,
      gap:
        r <= 1 / 3
          ? `${fixed(axiosImport / 3 - sdkImport, 1)} ms to spare`
          : `${fixed(sdkImport - axiosImport / 3, 1)} ms over`,
    })
  }
  if (results.notify.available) {
    const perCore = results.notify.perCpuSecond
    out.push({
      name: 'notifications.parse',
      goal: '≥ 20,000/s per core',
      measured: `${fixed(perCore)}/s per CPU-second (${fixed(results.notify.perSecond)}/s wall clock)`,
      met: perCore >= 20_000,
      gap:
        perCore >= 20_000 ? `${percent(perCore - 20_000, 20_000)} above` : `${percent(20_000 - perCore, 20_000)} short`,
    })
  } else {
    out.push({
      name: 'notifications.parse',
      goal: '≥ 20,000/s per core',
      measured: `not available: ${results.notify.reason.split('\n')[0]}`,
      met: undefined,
      gap: '–',
    })
  }
  return out
}

export function renderMarkdown(results: Results, svgFile: string): string {
  const agg = aggregate(results)
  const ref = reference(results)
  const concurrencies = [...new Set(results.segments.map((s) => s.concurrency))].sort((a, b) => a - b)
  const lines: string[] = []
  const { machine, plan } = results
  lines.push('# `npm run bench`: @wxpay/sdk side by side with wechatpay-axios-plugin and wechatpay-node-v3', '')
  lines.push(
    `${results.date.slice(0, 19).replace('T', ' ')} UTC · **${results.mode}** run in ${results.durationS.toFixed(0)} s · ` +
      `Node ${machine.node} · ${machine.cpu} × ${machine.cores} cores · ${machine.memoryGb.toFixed(1)} GB`,
    '',
  )
  lines.push(
    'One S1 call each (`POST /v3/papay/insurance-sign/contracts/pre-entrust-sign/mini-program`, the seed body, ' +
      'public-key mode) against a local server on 127.0.0.1 that verifies every Authorization with RSA and answers ' +
      'the S1 response signed as WeChat Pay does (its own signature cached for a second). Every client, the server ' +
      `and each reference run in their own process on the same ${machine.cores} cores; keep-alive; ` +
      `${plan.rounds} round${plan.rounds > 1 ? 's' : ''}, the clients taking turns segment by segment; each segment ` +
      'is a warm-up then a fixed count (' +
      concurrencies.map((c) => `c=${c}: ${plan.segments[c][0]} + ${plan.segments[c][1]}`).join(', ') +
      '). Versions: ' +
      Object.entries(results.versions)
        .map(([name, version]) => `${name} ${version}`)
        .join(', ') +
      '.',
    '',
  )
  lines.push(`![requests per second by concurrency](${svgFile})`, '')

  lines.push('## Requests per second, latency, CPU', '')
  lines.push(
    '| client | c | req/s | × axios-plugin | % of RSA capacity | p50 ms | p99 ms | client CPU ms/call | server CPU ms/req | peak RSS | errors |',
    '|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|--:|',
  )
  for (const name of CLIENT_NAMES) {
    for (const c of concurrencies) {
      const a = agg.get(`${name}@${c}`)
      if (!a) continue
      const axios = agg.get(`axios-plugin@${c}`)
      lines.push(
        `| ${c === concurrencies[0] ? LABELS[name] : ''} | ${c} | ${fixed(a.rps)} | ${ratio(a.rps, axios?.rps)} | ` +
          `${percent(a.rps, ref.allCores)} | ${fixed(a.p50, 2)} | ${fixed(a.p99, 2)} | ${fixed(a.cpuMsPerCall, 3)} | ` +
          `${fixed(a.serverCpuMsPerRequest, 3)} | ${c === concurrencies[0] ? mb(results.maxRssKb[name]) : ''} | ${a.errors} |`,
      )
    }
  }
  lines.push(
    '',
    '"% of RSA capacity" is req/s over the all-core signing rate below (each request needs one signature). ' +
      'Client CPU is `process.cpuUsage()` of the client process (all its threads) over the measured calls; ' +
      'server CPU is the server process over the segment. Peak RSS is the client process over the whole run. ' +
      'The server counted every request as verified (errors would show above).',
    '',
  )

  lines.push('## Physical reference, same run', '')
  const rounds = results.rsa.map((r) => fixed(r.allCores)).join(', ')
  lines.push(
    `- **RSA-2048 signatures per second, all ${ref.threads} cores** (node:crypto, one worker thread per core): ` +
      `**${fixed(ref.allCores)}/s** (median of the rounds: ${rounds}).`,
    `- One signature on one core: **${fixed(ref.signUs)} µs** (${fixed(1e6 / ref.signUs)}/s per core); one verification: **${fixed(ref.verifyUs, 1)} µs**.`,
  )
  const web = webReference(results)
  if (web) {
    lines.push(
      `- **WebCrypto on Node** (\`crypto.subtle\`, as \`crypto: 'web'\` and workerd, Deno, Bun use it; asynchronous, on libuv's ` +
        `thread pool): **${fixed(web.perSecond)} signatures/s** with ${web.inFlight} in flight ` +
        `(${percent(web.perSecond, ref.allCores)} of node:crypto on all cores); one signature awaited alone **${fixed(web.signUs)} µs**, ` +
        `one verification **${fixed(web.verifyUs, 1)} µs**.`,
    )
  }
  const bare = concurrencies.map((c) => agg.get(`bare@${c}`))
  if (bare.every(Boolean)) {
    lines.push(
      `- **Bare keep-alive round trip** (node:http, the same request bytes, a valid Authorization the server verifies, no client crypto): ` +
        `p50 at c=1 **${fixed(bare[0]!.p50 * 1000)} µs**; ` +
        concurrencies.map((c, i) => `${fixed(bare[i]!.rps)} req/s at c=${c}`).join(', ') +
        '.',
    )
  }
  lines.push('')

  lines.push(...portability(results, concurrencies))
  lines.push(`## Cold import (fresh process each time, median of ${plan.importRuns})`, '')
  lines.push('| package | import ms | vs axios-plugin |', '|---|--:|--:|')
  const axiosImport = results.imports.find((i) => i.name === 'axios-plugin')?.medianMs
  for (const timing of results.imports) {
    lines.push(
      `| ${timing.label} | ${timing.medianMs === undefined ? `not available (${timing.failure})` : fixed(timing.medianMs, 1)} | ` +
        `${timing.medianMs === undefined ? '–' : ratio(timing.medianMs, axiosImport)} |`,
    )
  }
  lines.push(
    '',
    'Time of the `import()` / `require()` alone, measured inside a fresh `node` process (Node start-up excluded).',
    '',
  )

  lines.push('## Install footprint', '')
  lines.push('| SDK | packages | bytes on disk | direct runtime dependencies |', '|---|--:|--:|---|')
  const names: Record<string, string> = {
    wxpay: '@wxpay/sdk',
    'axios-plugin': 'wechatpay-axios-plugin',
    'node-v3': 'wechatpay-node-v3',
  }
  for (const [key, label] of Object.entries(names)) {
    const fp = results.footprint[key]
    if (typeof fp === 'string' || fp === undefined) {
      lines.push(`| ${label} | – | – | not available: ${fp} |`)
      continue
    }
    lines.push(
      `| ${label} | ${fp.packages} | ${bytes(fp.bytes)} | ${fp.direct.length ? fp.direct.join(', ') : 'none'}` +
        `${fp.peers.length ? ` (+ peer ${fp.peers.join(', ')}, installed by npm, counted)` : ''} |`,
    )
  }
  lines.push(
    '',
    'Registry packages: the dependency closure from package-lock.json, bytes of their files in node_modules. ' +
      '@wxpay/sdk: `npm pack --dry-run` (the files it would publish: dist for ESM and CommonJS with types, and src).',
    '',
  )

  lines.push('## notifications.parse', '')
  if (results.notify.available) {
    const n = results.notify
    lines.push(
      `**${fixed(n.perCpuSecond)} per CPU-second** (${fixed(n.perSecond)}/s wall clock, one after another on one thread, ` +
        `${fixed(n.count)} notifications built with \`createTestNotification\`: RSA verification, AES-256-GCM, JSON; ` +
        `${fixed((n.cpuMs * 1000) / n.count, 1)} µs of CPU each, of which one RSA verification is ${fixed(ref.verifyUs, 1)} µs).`,
      '',
    )
  } else {
    lines.push(`not available: ${results.notify.reason.split('\n')[0]}`, '')
  }

  lines.push('## Targets', '')
  lines.push('| target | goal | measured | result |', '|---|---|---|---|')
  for (const t of targets(results)) {
    lines.push(
      `| ${t.name} | ${t.goal} | ${t.measured} | ${t.met === undefined ? 'n/a' : t.met ? `**met**, ${t.gap}` : `**missed**, ${t.gap}`} |`,
    )
  }
  lines.push('')

  lines.push('## Where the CPU goes at c=8', '')
  const sdk8 = agg.get('wxpay@8')
  if (sdk8) {
    const other = sdk8.cpuMsPerCall * 1000 - ref.signUs - ref.verifyUs
    const total = sdk8.cpuMsPerCall + sdk8.serverCpuMsPerRequest
    const ceiling = (machine.cores * 1000) / total
    lines.push(
      `Per @wxpay/sdk request: client ${fixed(sdk8.cpuMsPerCall * 1000)} µs of CPU (one signature ${fixed(ref.signUs)}, ` +
        `one verification ${fixed(ref.verifyUs)}, everything else ${fixed(other)}: HTTP, headers, validation, JSON), plus ` +
        `${fixed(sdk8.serverCpuMsPerRequest * 1000)} µs in the benchmark server, which shares the ${machine.cores} cores here ` +
        `(WeChat Pay's servers do not). ${fixed(total * 1000)} µs per request on ${machine.cores} cores caps this machine at ` +
        `${fixed(ceiling)} req/s = ${percent(ceiling, ref.allCores)} of the RSA capacity; measured ${fixed(sdk8.rps)}. ` +
        `Without the server's share the client alone would allow ${fixed((machine.cores * 1e6) / (sdk8.cpuMsPerCall * 1000))} req/s ` +
        `= ${percent((machine.cores * 1e6) / (sdk8.cpuMsPerCall * 1000), ref.allCores)}.`,
      '',
    )
  }
  return `${lines.join('\n')}\n`
}

const COLORS: Record<ClientName, string> = {
  wxpay: '#0a7d32',
  'wxpay-web': '#66a80f',
  'axios-plugin': '#d9480f',
  'node-v3': '#1c7ed6',
  'node-v3-verify': '#7048e8',
  bare: '#868e96',
}

/** A line chart of req/s by concurrency per client, with the all-core RSA signing rate as a line. */
export function renderSvg(results: Results): string {
  const agg = aggregate(results)
  const ref = reference(results)
  const concurrencies = [...new Set(results.segments.map((s) => s.concurrency))].sort((a, b) => a - b)
  const width = 760
  const height = 440
  const left = 70
  const right = 250
  const top = 50
  const bottom = 60
  const plotW = width - left - right
  const plotH = height - top - bottom
  const values = [...agg.values()].map((a) => a.rps)
  const max = Math.max(ref.allCores, ...values) * 1.08
  const step = niceStep(max / 6)
  const yMax = Math.ceil(max / step) * step
  const x = (i: number) => left + (concurrencies.length === 1 ? plotW / 2 : (i * plotW) / (concurrencies.length - 1))
  const y = (v: number) => top + plotH - (v / yMax) * plotH
  const out: string[] = []
  out.push(
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" font-family="system-ui, -apple-system, Segoe UI, sans-serif" font-size="12">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="24" font-size="15" font-weight="600">S1 pre-sign calls per second by concurrency (higher is better)</text>`,
    `<text x="${left}" y="40" fill="#555">${escapeXml(`${results.mode} run, ${results.date.slice(0, 10)}, Node ${results.machine.node}, ${results.machine.cores} cores, client and server on the same machine`)}</text>`,
  )
  for (let v = 0; v <= yMax + 1e-9; v += step) {
    out.push(
      `<line x1="${left}" x2="${left + plotW}" y1="${y(v).toFixed(1)}" y2="${y(v).toFixed(1)}" stroke="#e9ecef"/>`,
      `<text x="${left - 8}" y="${(y(v) + 4).toFixed(1)}" text-anchor="end" fill="#555">${fixed(v)}</text>`,
    )
  }
  concurrencies.forEach((c, i) => {
    out.push(`<text x="${x(i).toFixed(1)}" y="${top + plotH + 20}" text-anchor="middle" fill="#333">c = ${c}</text>`)
  })
  out.push(
    `<text x="${left + plotW / 2}" y="${height - 18}" text-anchor="middle" fill="#333">concurrent requests in flight</text>`,
    `<text transform="translate(18 ${top + plotH / 2}) rotate(-90)" text-anchor="middle" fill="#333">requests per second</text>`,
    `<line x1="${left}" x2="${left + plotW}" y1="${y(ref.allCores).toFixed(1)}" y2="${y(ref.allCores).toFixed(1)}" stroke="#c92a2a" stroke-dasharray="6 4"/>`,
    `<text x="${left + 4}" y="${(y(ref.allCores) - 6).toFixed(1)}" fill="#c92a2a">RSA-2048 signing, all cores: ${fixed(ref.allCores)}/s</text>`,
  )
  const legend: string[] = []
  CLIENT_NAMES.forEach((name, index) => {
    const points = concurrencies
      .map((c, i) => [i, agg.get(`${name}@${c}`)?.rps] as const)
      .filter((point): point is readonly [number, number] => point[1] !== undefined)
    if (points.length === 0) return
    const dash = name === 'bare' ? ' stroke-dasharray="3 3"' : ''
    out.push(
      `<polyline fill="none" stroke="${COLORS[name]}" stroke-width="${name === 'wxpay' ? 3 : 2}"${dash} points="${points
        .map(([i, v]) => `${x(i).toFixed(1)},${y(v).toFixed(1)}`)
        .join(' ')}"/>`,
    )
    for (const [i, v] of points) {
      out.push(`<circle cx="${x(i).toFixed(1)}" cy="${y(v).toFixed(1)}" r="4" fill="${COLORS[name]}"/>`)
    }
    const ly = top + 10 + index * 36
    legend.push(
      `<line x1="${left + plotW + 20}" x2="${left + plotW + 44}" y1="${ly}" y2="${ly}" stroke="${COLORS[name]}" stroke-width="3"${dash}/>`,
      `<text x="${left + plotW + 50}" y="${ly + 4}" fill="#222">${escapeXml(LABELS[name])}</text>`,
      `<text x="${left + plotW + 50}" y="${ly + 18}" fill="#666">${points.map(([, v]) => fixed(v)).join(' / ')} req/s</text>`,
    )
  })
  out.push(...legend, '</svg>')
  return `${out.join('\n')}\n`
}

function niceStep(raw: number): number {
  const power = 10 ** Math.floor(Math.log10(raw))
  for (const m of [1, 2, 2.5, 5, 10]) if (m * power >= raw) return m * power
  return 10 * power
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
