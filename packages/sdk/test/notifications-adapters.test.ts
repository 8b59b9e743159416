// Each adapter with its real framework on 127.0.0.1: a valid notification is answered with success and
// handled once, a duplicate is acknowledged without a second call, a tampered one gets a 4xx, and a
// handler that throws gets a 5xx.
import assert from 'node:assert/strict'
import { execFileSync } from 'node:child_process'
import { once } from 'node:events'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { after, describe, it } from 'node:test'
import { serve } from '@hono/node-server'
import { createNodeHandler, type HandleOptions, type NotificationHandler, type WechatPay } from '@wxpay/sdk'
import { createExpressMiddleware } from '@wxpay/sdk/express'
import { createFastifyPlugin } from '@wxpay/sdk/fastify'
import { createKoaMiddleware } from '@wxpay/sdk/koa'
import { createWebHandler } from '@wxpay/sdk/web'
import express from 'express'
import Fastify from 'fastify'
import { Hono } from 'hono'
import Koa from 'koa'
import { createSetup, recorder, replyText, resources, secretsOf, visible } from './helpers/notifications.js'

const { keys, client, notification, resign } = createSetup()
const seen: string[] = []
after(() => {
  const secrets = secretsOf(keys)
  for (const text of seen) for (const secret of secrets) assert.ok(!text.includes(secret), 'a secret leaked')
})

interface Running {
  url: string
  close(): Promise<void>
}
type Start = (wxpay: WechatPay, handler: NotificationHandler, options: HandleOptions) => Promise<Running>

async function listen(server: Server, path = '/notify'): Promise<Running> {
  if (!server.listening) await once(server.listen(0, '127.0.0.1'), 'listening')
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}${path}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections()
        server.close(() => resolve())
      }),
  }
}

const post = async (url: string, input: { headers: Record<string, string>; body: string }) => {
  const response = await fetch(url, { method: 'POST', headers: input.headers, body: input.body })
  const text = await response.text()
  seen.push(`${response.status} ${text}`)
  return { status: response.status, text }
}

const fresh = () => notification({ event_type: 'ENTRUST.SIGN', resource: resources['ENTRUST.SIGN'] })

/** The four behaviours every adapter must show. */
function adapterSuite(name: string, start: Start) {
  describe(name, () => {
    let failNext = false
    const { calls, handler } = recorder(() => {
      if (failNext) throw new Error('the order service is down')
    })
    const errors: unknown[] = []
    const wxpay = client()
    let running: Running
    const server = async () => {
      running ??= await start(wxpay, handler, {
        onError: (error, reply) => {
          errors.push(error)
          seen.push(visible(error), replyText(reply))
        },
      })
      return running
    }
    after(() => running?.close())

    it('answers a valid notification with success and runs the handler once; a duplicate is acknowledged without a second call', async () => {
      const { url } = await server()
      const sent = fresh()
      const first = await post(url, sent)
      assert.ok(first.status === 200 || first.status === 204, `success, not ${first.status} ${first.text}`)
      assert.equal(calls.length, 1)
      assert.equal(calls[0].event_type, 'ENTRUST.SIGN')
      assert.deepEqual(calls[0].resource, resources['ENTRUST.SIGN'])
      const second = await post(url, sent)
      assert.equal(second.status, first.status)
      assert.equal(calls.length, 1)
    })

    it('answers a tampered notification with a 4xx, without calling the handler', async () => {
      const { url } = await server()
      const before = calls.length
      const sent = fresh()
      const tampered = await post(url, { ...sent, body: sent.body.replace('"ENTRUST.SIGN"', '"ENTRUST.TERMINATE"') })
      assert.ok(tampered.status >= 400 && tampered.status < 500, `a 4xx, not ${tampered.status}`)
      assert.equal(JSON.parse(tampered.text).code, 'FAIL')
      const reSigned = resign(sent, (envelope) => {
        envelope.resource.nonce = 'AAAAAAAAAAAA'
      })
      const undecryptable = await post(url, reSigned)
      assert.ok(undecryptable.status >= 400 && undecryptable.status < 500)
      assert.equal(calls.length, before)
    })

    it('answers a 5xx when the handler throws, so that WeChat Pay retries', async () => {
      const { url } = await server()
      const sent = fresh()
      failNext = true
      try {
        const failed = await post(url, sent)
        assert.ok(failed.status >= 500, `a 5xx, not ${failed.status}`)
        assert.equal(JSON.parse(failed.text).code, 'FAIL')
        assert.ok(errors.some((error) => (error as Error).message === 'the order service is down'))
      } finally {
        failNext = false
      }
      const retried = await post(url, sent)
      assert.ok(retried.status < 300)
    })
  })
}

adapterSuite('Node http: createNodeHandler', async (wxpay, handler, options) =>
  listen(createServer(createNodeHandler(wxpay, handler, options)), '/'),
)

adapterSuite('Express 5: createExpressMiddleware', async (wxpay, handler, options) => {
  const app = express()
  app.post('/notify', createExpressMiddleware(wxpay, handler, options))
  return listen(createServer(app))
})

adapterSuite('Express 5 behind express.raw(): createExpressMiddleware', async (wxpay, handler, options) => {
  const app = express()
  app.post('/notify', express.raw({ type: 'application/json' }), createExpressMiddleware(wxpay, handler, options))
  return listen(createServer(app))
})

adapterSuite('Fastify 5: createFastifyPlugin', async (wxpay, handler, options) => {
  const app = Fastify()
  await app.register(createFastifyPlugin(wxpay, handler, { ...options, successStatus: 204 }), { prefix: '/notify' })
  await app.listen({ port: 0, host: '127.0.0.1' })
  return listen(app.server)
})

adapterSuite('Koa 3: createKoaMiddleware', async (wxpay, handler, options) => {
  const app = new Koa()
  app.use(createKoaMiddleware(wxpay, handler, options))
  return listen(createServer(app.callback()))
})

adapterSuite('Hono 4 on @hono/node-server: createWebHandler', async (wxpay, handler, options) => {
  const app = new Hono()
  const notify = createWebHandler(wxpay, handler, options)
  app.post('/notify', (c) => notify(c.req.raw))
  const server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server
  return listen(server)
})

describe('raw bodies that are gone', () => {
  it('Express: express.json() before the middleware is a loud 500 naming the fix, and the handler never runs', async () => {
    const { calls, handler } = recorder()
    const errors: unknown[] = []
    const app = express()
    app.use(express.json())
    app.post('/notify', createExpressMiddleware(client(), handler, { onError: (error) => errors.push(error) }))
    const running = await listen(createServer(app))
    try {
      const reply = await post(running.url, fresh())
      assert.equal(reply.status, 500)
      assert.equal(calls.length, 0)
      assert.ok(errors[0] instanceof TypeError)
      assert.match((errors[0] as Error).message, /parsed object/)
      assert.match((errors[0] as Error).message, /express\.raw\(\{ type: "application\/json" \}\)/)
      seen.push(...errors.map(visible))
    } finally {
      await running.close()
    }
  })

  it('Hono: a body already read with c.req.json() is a loud 500, and the handler never runs', async () => {
    const { calls, handler } = recorder()
    const errors: unknown[] = []
    const app = new Hono()
    const notify = createWebHandler(client(), handler, { onError: (error) => errors.push(error) })
    app.post('/notify', async (c) => {
      await c.req.json()
      return notify(c.req.raw)
    })
    const running = await listen(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }) as Server)
    try {
      assert.equal((await post(running.url, fresh())).status, 500)
      assert.equal(calls.length, 0)
      assert.match((errors[0] as Error).message, /already read/)
    } finally {
      await running.close()
    }
  })

  it('Koa: takes the rawBody a body parser kept; a parsed body without it is a loud 500', async () => {
    const { calls, handler } = recorder()
    const errors: unknown[] = []
    const start = async (keepRaw: boolean) => {
      const app = new Koa()
      // What koa-bodyparser does: read the stream, parse it, keep the text as rawBody.
      app.use(async (ctx, next) => {
        const chunks: Buffer[] = []
        for await (const chunk of ctx.req) chunks.push(chunk as Buffer)
        const text = Buffer.concat(chunks).toString('utf8')
        Object.assign(ctx.request, { body: JSON.parse(text) }, keepRaw ? { rawBody: text } : {})
        await next()
      })
      app.use(createKoaMiddleware(client(), handler, { onError: (error) => errors.push(error) }))
      return listen(createServer(app.callback()))
    }
    const withRaw = await start(true)
    const withoutRaw = await start(false)
    try {
      assert.equal((await post(withRaw.url, fresh())).status, 200)
      assert.equal(calls.length, 1)
      assert.equal((await post(withoutRaw.url, fresh())).status, 500)
      assert.equal(calls.length, 1)
      assert.match((errors[0] as Error).message, /parsed object.*Koa/s)
    } finally {
      await Promise.all([withRaw.close(), withoutRaw.close()])
    }
  })

  it('Fastify: the raw-body parser stays inside the plugin; other routes still get parsed JSON', async () => {
    const { handler } = recorder()
    const app = Fastify()
    await app.register(createFastifyPlugin(client(), handler), { prefix: '/notify' })
    app.post('/orders', async (request) => ({ parsed: typeof request.body }))
    await app.listen({ port: 0, host: '127.0.0.1' })
    const running = await listen(app.server, '/orders')
    try {
      const response = await fetch(running.url, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: '{"a":1}',
      })
      assert.deepEqual(await response.json(), { parsed: 'object' })
    } finally {
      await running.close()
    }
  })
})

describe('size limit while reading', () => {
  it('Node: a body over maxBodyBytes gets 413 before any verification', async () => {
    const { calls, handler } = recorder()
    const errors: unknown[] = []
    const running = await listen(
      createServer(
        createNodeHandler(client(), handler, { maxBodyBytes: 1024, onError: (error) => errors.push(error) }),
      ),
    )
    try {
      const sent = fresh()
      const chunked = new ReadableStream({
        start(controller) {
          controller.enqueue(new TextEncoder().encode(sent.body.padEnd(4096, ' ')))
          controller.close()
        },
      })
      const response = await fetch(running.url, {
        method: 'POST',
        headers: sent.headers,
        body: chunked,
        duplex: 'half',
      } as RequestInit)
      assert.equal(response.status, 413)
      assert.equal(calls.length, 0)
      assert.match((errors[0] as Error).message, /over 1024 bytes/)
    } finally {
      await running.close()
    }
  })

  it('Next.js App Router: createWebHandler as the POST route handler, with a declared length over the limit', async () => {
    const { calls, handler } = recorder()
    const POST = createWebHandler(client(), handler, { maxBodyBytes: 100, onError: () => {} })
    const sent = fresh()
    const tooBig = await POST(
      new Request('http://127.0.0.1/api/notify', { method: 'POST', headers: sent.headers, body: sent.body }),
    )
    assert.equal(tooBig.status, 413)
    const POST2 = createWebHandler(client(), handler)
    const ok = await POST2(
      new Request('http://127.0.0.1/api/notify', { method: 'POST', headers: sent.headers, body: sent.body }),
    )
    assert.deepEqual([ok.status, await ok.text(), calls.length], [200, '{"code":"SUCCESS"}', 1])
  })
})

it('the adapters are published as subpath exports, ES modules and CommonJS alike', () => {
  const names = {
    express: 'createExpressMiddleware',
    fastify: 'createFastifyPlugin',
    koa: 'createKoaMiddleware',
    web: 'createWebHandler',
  }
  // Without --conditions=source, so that dist/ is what loads (npm test builds it first).
  const run = (type: 'module' | 'commonjs', code: string) =>
    execFileSync(process.execPath, ['--input-type', type, '-e', code], {
      cwd: new URL('../', import.meta.url),
      encoding: 'utf8',
      env: { ...process.env, NODE_OPTIONS: '' },
    }).trim()
  for (const [subpath, name] of Object.entries(names)) {
    const esm = run('module', `import('@wxpay/sdk/${subpath}').then((m) => console.log(typeof m.${name}))`)
    const cjs = run('commonjs', `console.log(typeof require('@wxpay/sdk/${subpath}').${name})`)
    assert.deepEqual([esm, cjs], ['function', 'function'], subpath)
  }
  assert.equal(run('commonjs', `console.log(typeof require('@wxpay/sdk').createNodeHandler)`), 'function')
})
