import http from 'node:http'
import https from 'node:https'
import type { LookupFunction } from 'node:net'

export interface Sent {
  status: number
  retryAfter: string | undefined
}

/**
 * One POST to a vetted address: the connection goes to `address` whatever the name resolves to by now
 * (no DNS rebinding), redirects are not followed (a 3xx is an answer like any other), and the whole
 * exchange ends at the deadline or when `signal` aborts.
 */
export function post(url: URL, address: { address: string; family: 4 | 6 }, headers: Record<string, string>, body: string, signal: AbortSignal): Promise<Sent> {
  const lookup: LookupFunction = (_hostname, options, callback) => {
    if (options.all) (callback as unknown as (error: null, addresses: { address: string; family: number }[]) => void)(null, [address])
    else callback(null, address.address, address.family)
  }
  const client = url.protocol === 'https:' ? https : http
  return new Promise<Sent>((resolve, reject) => {
    const request = client.request(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, lookup, signal, agent: false },
      (response) => {
        // The answer is its status; the body is read (bounded) and dropped so the socket can close.
        let received = 0
        response.on('data', (chunk: Buffer) => {
          received += chunk.length
          if (received > 64 * 1024) response.destroy()
        })
        response.on('error', () => {})
        response.on('close', () => resolve({ status: response.statusCode ?? 0, retryAfter: headerValue(response.headers['retry-after']) }))
      },
    )
    request.on('error', reject)
    request.end(body)
  })
}

function headerValue(value: string | string[] | undefined): string | undefined {
  return Array.isArray(value) ? value[0] : value
}

/** Retry-After as milliseconds from now: delay-seconds or an HTTP date; undefined when absent or unreadable. */
export function retryAfterMs(value: string | undefined, now = Date.now()): number | undefined {
  if (value === undefined) return undefined
  const trimmed = value.trim()
  if (/^\d{1,9}$/.test(trimmed)) return Number(trimmed) * 1000
  const at = Date.parse(trimmed)
  return Number.isNaN(at) ? undefined : Math.max(0, at - now)
}
