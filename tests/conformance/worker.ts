// The conformance suite as a Cloudflare Worker, for workerd: POST the fixture, get the results. Bundled
// by runtimes.test.ts with esbuild under the `workerd` condition, as a Worker's bundler would.
import { runConformance } from './suite.js'

export default {
  async fetch(request: Request): Promise<Response> {
    if (request.method !== 'POST') return new Response('ready')
    const { fixture, expectCrypto } = await request.json()
    return Response.json(await runConformance(fixture, { expectCrypto }))
  },
}
