import { createServer, type IncomingHttpHeaders } from 'node:http'
import type { AddressInfo } from 'node:net'

export interface Received {
  headers: IncomingHttpHeaders
  body: string
  at: number
}

/** An app's environment for delivering to a receiver: production, with private networks allowed so 127.0.0.1 can be reached, and short retries. */
export const webhookTestEnv = {
  NODE_ENV: 'production',
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: 'true',
  WEBHOOK_RETRY_DELAYS_MS: '100,100,100',
  WEBHOOK_POLL_MS: '100',
  WEBHOOK_TIMEOUT_MS: '500',
}

/** What the receiver answers to the nth request (0-based): a status, optional headers, or 'hang'. */
export type Script = (index: number, body: string) => { status: number; headers?: Record<string, string> } | 'hang'

interface Teardown {
  teardown(fn: () => unknown): void
}

/** A webhook receiver on 127.0.0.1 that records every request and answers as scripted. */
export async function receiver(t: Teardown, script: Script = () => ({ status: 204 })) {
  const received: Received[] = []
  const waiters: { count: number; resolve: () => void }[] = []
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8')
      const answer = script(received.length, body)
      received.push({ headers: request.headers, body, at: Date.now() })
      for (const waiter of waiters.filter((item) => received.length >= item.count)) waiter.resolve()
      if (answer === 'hang') return
      response.writeHead(answer.status, answer.headers).end()
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  t.teardown(() => {
    server.closeAllConnections()
    return new Promise((resolve) => server.close(resolve))
  })
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    port,
    received,
    /** Resolves once `count` requests arrived; rejects after `ms`. */
    waitFor(count: number, ms = 20_000): Promise<void> {
      if (received.length >= count) return Promise.resolve()
      return new Promise((resolve, reject) => {
        const timer = setTimeout(() => reject(new Error(`received ${received.length} of ${count} requests in ${ms} ms`)), ms)
        waiters.push({
          count,
          resolve: () => {
            clearTimeout(timer)
            resolve()
          },
        })
      })
    },
  }
}
