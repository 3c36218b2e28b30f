/**
 * The access matrix: every route of the committed OpenAPI document, and /graphql, requested in
 * production mode under every spelling of its path a client, proxy or attacker might send (percent-
 * encoded once and twice, in any case, with a trailing slash, doubled slashes, dot segments, `;`
 * parameters, a fragment, an encoded slash or a backslash, in origin-form and in absolute-form), by a
 * caller with no key and by one whose key lacks the route's scope. None of them may get a 2xx (or a
 * 3xx or 5xx): only 401, 403, 404 - or 400 when the URL itself cannot be read. A key with the right
 * scope gets a 2xx from the plain path, so the matrix is not vacuous.
 *
 * Requests go through `app.inject` and, because inject rewrites URLs with WHATWG URL parsing (it drops
 * fragments, resolves dot segments, turns `\` into `/`), also verbatim over a raw socket.
 * Over 400 lines on purpose: the matrix is one table of routes, spellings and callers.
 */
import { readFile } from 'node:fs/promises'
import net, { type AddressInfo } from 'node:net'
import { join } from 'node:path'
import t from 'tap'
import type { App } from '../../src/app.js'
import { webhooks } from '../../src/db/schema.js'
import { projectRoot } from '../../src/paths.js'
import { build, drivers, type Driver } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD'
type Caller = 'none' | 'wrong-scope' | 'right-key'
type Transport = 'inject' | 'socket'

interface Operation {
  method: Method
  /** The OpenAPI path template, or /graphql. */
  template: string
  /** The template with real values in its parameters. */
  path: string
  /** Needs a key (non-empty security); false for the probes, which are open by design. */
  secured: boolean
  scope: 'content:read' | 'keys:admin' | 'content:write' | 'content:publish' | 'webhooks:admin'
  query: string
  body?: unknown
}

interface Answer {
  status: number
  contentType: string
  body: string
}

interface Outcome {
  operation: Operation
  variant: string
  target: string
  transport: Transport
  caller: Caller
  answer: Answer
}

const graphqlQuery = '{ currentRelease { id } }'
// Webhooks made by setUp: requests name the victim; the right key deletes the sacrificial one instead.
const VICTIM_WEBHOOK = 'wh_0000000000000001'
const SACRIFICIAL_WEBHOOK = 'wh_0000000000000002'
const UNROUTABLE = '203.0.113.10'

/** Real values for path parameters, from the bundled content; the key ids are filled in per app. */
function pathValues(keyId: string): Record<string, Record<string, string>> {
  return {
    '/v1/topics/{slug}': { slug: 'boundaries' },
    '/v1/faqs/{slug}': { slug: 'role-of-shared-interests' },
    '/v1/resources/{slug}': { slug: '988-lifeline' },
    '/v1/activities/{slug}': { slug: 'family-recipe-night' },
    '/v1/releases/{id}': { id: '1' },
    '/v1/releases/{from}/diff/{to}': { from: '1', to: '1' },
    '/v1/documents/{id}/versions/{version}': { id: 'topic:legacy', version: '1' },
    '/v1/admin/keys/{id}': { id: keyId },
    ...Object.fromEntries(
      ['', '/draft', '/archive', '/submit', '/approve', '/reject', '/versions', '/diff', '/restore'].map((action) => [
        `/v1/admin/documents/{id}${action}`,
        { id: 'topic:boundaries' },
      ]),
    ),
    '/v1/admin/releases/{id}/restore': { id: '1' },
    // Made by setUp.
    '/v1/admin/schedules/{id}': { id: '1' },
    ...Object.fromEntries(['', '/rotate-secret', '/deliveries', '/test'].map((action) => [`/v1/admin/webhooks/{id}${action}`, { id: VICTIM_WEBHOOK }])),
    ...Object.fromEntries(
      ['', '/replay'].map((action) => [`/v1/admin/webhooks/{id}/deliveries/{deliveryId}${action}`, { id: VICTIM_WEBHOOK, deliveryId: '1' }]),
    ),
  }
}

/** Valid bodies, per the request body schemas; a POST route not listed here falls back on its OpenAPI example. */
const bodies: Record<string, unknown> = {
  '/v1/conversation-plans': { age: 9, topic: 'legacy', setting: 'meal', minutes: 15 },
  '/v1/recommendations': { age: 9 },
  '/v1/admin/keys': { name: 'x', scopes: ['keys:admin'] },
  '/v1/admin/documents/{id}/archive': {},
  '/v1/admin/documents/{id}/submit': {},
  '/v1/admin/documents/{id}/approve': {},
  '/v1/admin/documents/{id}/reject': { note: 'Not yet' },
  '/v1/admin/releases': { note: 'Matrix' },
  '/v1/admin/documents/{id}/restore': { version: 1 },
  '/v1/admin/releases/{id}/restore': { note: 'Matrix' },
  // A reserved (documentation) address: refused in production, so no request ever leaves the machine.
  '/v1/admin/webhooks': { url: `https://${UNROUTABLE}/hooks`, eventTypes: ['release.published'] },
  '/v1/admin/webhooks/{id}/rotate-secret': {},
  '/v1/admin/webhooks/{id}/test': {},
  '/v1/admin/webhooks/{id}/deliveries/{deliveryId}/replay': {},
  '/graphql': { query: graphqlQuery },
}

/** Required query parameters. */
const queries: Record<string, string> = {
  '/v1/search': '?q=bond',
  '/v1/changes': '?since=0',
  '/v1/admin/documents/{id}/diff': '?from=1&to=1',
}

const hex = (char: string) => `%${char.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`
const encodeAll = (text: string) => [...text].map(hex).join('')
const doubleAll = (text: string) => [...text].map((char) => `%25${hex(char).slice(1)}`).join('')
const mixedCase = (text: string) => [...text].map((char, index) => (index % 2 === 0 ? char.toUpperCase() : char.toLowerCase())).join('')
const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

/** Every spelling of a path to try, by name. The query (if any) is appended by the caller. */
function pathVariants(path: string): { name: string; path: string; fragmentAfterQuery?: boolean }[] {
  const segments = path.split('/').slice(1)
  const withSegment = (index: number, replacement: string) => '/' + segments.map((segment, position) => (position === index ? replacement : segment)).join('/')
  const inner = (separator: string) => '/' + segments.join(separator)
  const variants: { name: string; path: string; fragmentAfterQuery?: boolean }[] = [{ name: 'raw', path }]
  const add = (name: string, variant: string, fragmentAfterQuery?: boolean) => variants.push({ name, path: variant, fragmentAfterQuery })

  segments.forEach((segment, index) => {
    if (!segment) return
    const first = segment.charAt(0)
    const last = segment.charAt(segment.length - 1)
    add(`segment ${index}: first char encoded`, withSegment(index, hex(first) + segment.slice(1)))
    if (hex(first) !== hex(first).toLowerCase()) {
      add(`segment ${index}: first char encoded, lowercase hex`, withSegment(index, hex(first).toLowerCase() + segment.slice(1)))
    }
    add(`segment ${index}: last char encoded`, withSegment(index, segment.slice(0, -1) + hex(last)))
    add(`segment ${index}: every char encoded`, withSegment(index, encodeAll(segment)))
    add(`segment ${index}: first char double-encoded`, withSegment(index, `%25${hex(first).slice(1)}` + segment.slice(1)))
    add(`segment ${index}: every char double-encoded`, withSegment(index, doubleAll(segment)))
    add(`segment ${index}: upper case`, withSegment(index, segment.toUpperCase()))
    add(`segment ${index}: ;x=1 path parameter`, withSegment(index, `${segment};x=1`))
    add(`segment ${index}: encoded ;x=1`, withSegment(index, `${segment}%3Bx=1`))
  })
  add('every segment encoded', '/' + segments.map(encodeAll).join('/'))
  add('every segment double-encoded', '/' + segments.map(doubleAll).join('/'))
  add('upper case', path.toUpperCase())
  add('mixed case', mixedCase(path))
  add('capitalised segments', '/' + segments.map(capitalise).join('/'))
  add('trailing slash', `${path}/`)
  add('trailing /.', `${path}/.`)
  add('leading double slash', `/${path}`)
  add('every slash doubled', '/' + inner('//'))
  add('inner double slash', inner('//'))
  add('trailing double slash', `${path}//`)
  add('fragment', `${path}#x`)
  add('empty fragment', `${path}#`)
  add('fragment after the query', path, true)
  add(';jsessionid at the end', `${path};jsessionid=1`)
  add('leading /./', `/.${path}`)
  add('/./ after the first segment', withSegment(0, `${segments[0]}/.`))
  add('leading /x/../', `/x/..${path}`)
  add('/x/../ after the first segment', withSegment(0, `${segments[0]}/x/..`))
  add('encoded dot segments', withSegment(0, `${segments[0]}/%2e/x/%2E%2E`))
  add('encoded slashes', inner('%2F'))
  add('encoded slashes, lowercase', inner('%2f'))
  add('double-encoded slashes', inner('%252F'))
  add('leading encoded slash', `%2F${path.slice(1)}`)
  add('backslashes', inner('\\'))
  add('leading backslash', `\\${path.slice(1)}`)
  add('encoded backslashes', inner('%5C'))
  add('trailing encoded NUL', `${path}%00`)
  add('trailing encoded space', `${path}%20`)
  add('overlong UTF-8 slash', inner('%C0%AF'))
  const seen = new Set<string>()
  return variants.filter((variant) => {
    const key = `${variant.path}${variant.fragmentAfterQuery ? '#' : ''}`
    if (seen.has(key)) return false
    seen.add(key)
    return true
  })
}

/** Absolute-form request-targets: what a client talking to a proxy sends, and what Node hands on verbatim. */
const absolutePrefixes = ['http://127.0.0.1', 'HTTP://H', 'https://x.example:8443', 'http://user:pw@h', 'http://h']

/** One HTTP/1.1 request written byte for byte: the request-target is never parsed or normalised on our side. */
function rawRequest(port: number, method: string, target: string, headers: Record<string, string>, body?: string): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ port, host: '127.0.0.1' })
    const chunks: Buffer[] = []
    socket.setTimeout(10_000, () => socket.destroy(new Error(`no answer to ${method} ${target}`)))
    socket.on('data', (chunk: Buffer) => {
      chunks.push(chunk)
      // An event stream stays open: its head is the answer.
      const text = Buffer.concat(chunks).toString('latin1')
      if (/\r\ncontent-type: text\/event-stream/i.test(text.slice(0, text.indexOf('\r\n\r\n') + 2)) && text.includes('\r\n\r\n')) socket.destroy()
    })
    socket.on('error', reject)
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('latin1')
      const end = text.indexOf('\r\n\r\n')
      const head = (end === -1 ? text : text.slice(0, end)).split('\r\n')
      const match = /^HTTP\/1\.[01] (\d{3})/.exec(head[0] ?? '')
      if (!match) return reject(new Error(`no status line for ${method} ${target}: ${JSON.stringify(text.slice(0, 80))}`))
      const fields = new Map(head.slice(1).map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]))
      let payload = end === -1 ? '' : text.slice(end + 4)
      if (/chunked/i.test(fields.get('transfer-encoding') ?? '')) payload = dechunk(payload)
      resolve({ status: Number(match[1]), contentType: fields.get('content-type') ?? '', body: Buffer.from(payload, 'latin1').toString('utf8') })
    })
    const lines = [`${method} ${target} HTTP/1.1`, 'Host: 127.0.0.1', 'Connection: close']
    for (const [name, value] of Object.entries(headers)) lines.push(`${name}: ${value}`)
    if (body !== undefined) lines.push('Content-Type: application/json', `Content-Length: ${Buffer.byteLength(body)}`)
    // write, not end: Node's HTTP server drops a request whose client half-closes before the answer is sent.
    // The server closes the connection after answering (Connection: close).
    socket.write(`${lines.join('\r\n')}\r\n\r\n${body ?? ''}`, 'latin1')
  })
}

function dechunk(payload: string): string {
  let out = ''
  let rest = payload
  for (;;) {
    const lineEnd = rest.indexOf('\r\n')
    const size = Number.parseInt(rest.slice(0, lineEnd), 16)
    if (!(size > 0)) return out
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size)
    rest = rest.slice(lineEnd + 2 + size + 2)
  }
}

async function injectRequest(app: App, method: Method, target: string, headers: Record<string, string>, body?: string): Promise<Answer | null> {
  let response
  try {
    response = await app.inject({
      method,
      url: target,
      headers: body === undefined ? headers : { ...headers, 'content-type': 'application/json' },
      payload: body,
      payloadAsStream: true,
    })
  } catch {
    return null // a URL inject cannot express; the raw socket covers it
  }
  const contentType = String(response.headers['content-type'] ?? '')
  const stream = response.stream()
  // An event stream stays open: its head is the answer.
  if (contentType.startsWith('text/event-stream')) {
    stream.destroy()
    return { status: response.statusCode, contentType, body: '' }
  }
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  return { status: response.statusCode, contentType, body: Buffer.concat(chunks).toString('utf8') }
}

/** The problem code of an answer: from a problem document, or from GraphQL's errors[0].extensions. */
function codeOf(answer: Answer): { code?: string; graphqlData?: unknown } {
  try {
    const parsed = JSON.parse(answer.body)
    if (typeof parsed?.code === 'string') return { code: parsed.code }
    if (Array.isArray(parsed?.errors)) return { code: parsed.errors[0]?.extensions?.code, graphqlData: parsed.data }
    return {}
  } catch {
    return {}
  }
}

/**
 * Which statuses a caller without the right key may get, and why:
 * 401 UNAUTHORIZED - the route matched and no key was sent (production has no anonymous access);
 * 403 FORBIDDEN - the route matched and the key lacks its scope;
 * 404 ROUTE_NOT_FOUND - the router matched no route for this spelling, so nothing ran;
 * 400 MALFORMED_REQUEST - the URL could not be read at all: Node's HTTP parser refused the request line,
 *   or the router refused the path (bad percent-encoding, invalid UTF-8, a target that is neither a path
 *   nor an http(s) URL);
 * Authentication runs in onRequest, before parsing and validation, so no other 400 (body or query
 * validation, KEY_IN_URL) can reach a caller without the right key on these URLs.
 * Nothing else: no 2xx, no 3xx, no 5xx, and no 405/414 (Fastify answers an unknown method with 404;
 * these URLs are short).
 */
const allowed: Record<Exclude<Caller, 'right-key'>, Record<number, string[]>> = {
  none: { 401: ['UNAUTHORIZED'], 404: ['ROUTE_NOT_FOUND'], 400: ['MALFORMED_REQUEST'] },
  'wrong-scope': { 403: ['FORBIDDEN'], 404: ['ROUTE_NOT_FOUND'], 400: ['MALFORMED_REQUEST'] },
}

/** Long strings of an authorised answer: content that must never appear in a refusal. */
function contentMarkers(body: string, refusal: string): string[] {
  const markers: string[] = []
  const walk = (value: unknown) => {
    if (markers.length >= 12) return
    if (typeof value === 'string') {
      if (value.length >= 20 && !refusal.includes(value)) markers.push(value)
    } else if (Array.isArray(value)) value.forEach(walk)
    else if (value && typeof value === 'object') Object.values(value).forEach(walk)
  }
  try {
    walk(JSON.parse(body))
  } catch {
    // not JSON: no markers
  }
  return markers
}

/** The scope a route needs (the editorial reads take content:write or content:publish; the matrix uses the first). */
function scopeOf(template: string, method: string): Operation['scope'] {
  // The audit log takes keys:admin or content:publish; the matrix uses the first.
  if (template.startsWith('/v1/admin/keys') || template === '/v1/admin/audit') return 'keys:admin'
  // Webhooks take webhooks:admin or keys:admin; the matrix uses the first.
  if (template.startsWith('/v1/admin/webhooks')) return 'webhooks:admin'
  if (template.startsWith('/v1/admin/schedules') && method !== 'get') return 'content:publish'
  if (template.startsWith('/v1/admin/releases') || /\/(approve|reject)$/.test(template)) return 'content:publish'
  if (template.startsWith('/v1/admin/')) return 'content:write'
  return 'content:read'
}

/**
 * Editorial routes act on state (a draft must exist, be in review, carry If-Match...): with the right key
 * and no such state, their own 4xx with a domain code shows that the route ran.
 */
const editorialCodes = new Set([
  'SCHEDULE_NOT_PENDING',
  'PRECONDITION_REQUIRED',
  'INVALID_TRANSITION',
  'NOTHING_TO_PUBLISH',
  'DOCUMENT_EXISTS',
  'DRAFT_NOT_FOUND',
  'VALIDATION_FAILED',
  'WEBHOOK_NOT_FOUND',
])
const ranEditorialRoute = (operation: Operation, answer: Answer | null) =>
  answer !== null && ['content:write', 'content:publish', 'webhooks:admin'].includes(operation.scope) && editorialCodes.has(codeOf(answer).code ?? '')

async function operationsFrom(app: App, keys: { reader: string; victimId: string }) {
  const document = JSON.parse(await readFile(join(projectRoot, 'openapi/openapi.json'), 'utf8')) as {
    security?: unknown[]
    paths: Record<string, Record<string, { security?: unknown[]; requestBody?: { content?: Record<string, { schema?: { example?: unknown } }> } }>>
  }
  const prompts = await app.inject({ url: '/v1/prompts?limit=1', headers: bearer(keys.reader) })
  const promptSlug = prompts.json().data?.[0]?.slug as string | undefined
  const values: Record<string, Record<string, string>> = { ...pathValues(keys.victimId), '/v1/prompts/{slug}': { slug: promptSlug ?? 'missing-prompt' } }
  const operations: Operation[] = []
  const problems: string[] = []
  if (!promptSlug) problems.push('GET /v1/prompts gave no prompt slug')
  for (const [template, item] of Object.entries(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const security = operation.security ?? document.security ?? []
      let path = template
      for (const [, name] of template.matchAll(/\{(\w+)\}/g)) {
        const value = values[template]?.[name as string]
        if (value === undefined) problems.push(`no value for {${name}} of ${template}: add one to pathValues`)
        else path = path.replace(`{${name}}`, value)
      }
      let body: unknown
      if (method === 'post') {
        body = bodies[template] ?? operation.requestBody?.content?.['application/json']?.schema?.example
        if (body === undefined) problems.push(`no body for POST ${template}: add one to bodies`)
      }
      operations.push({
        method: method.toUpperCase() as Method,
        template,
        path,
        secured: security.length > 0,
        scope: scopeOf(template, method),
        query: queries[template] ?? '',
        body,
      })
    }
  }
  for (const method of ['GET', 'POST'] as const) {
    operations.push({
      method,
      template: '/graphql',
      path: '/graphql',
      secured: true,
      scope: 'content:read',
      query: method === 'GET' ? `?query=${encodeURIComponent(graphqlQuery)}` : '',
      body: method === 'POST' ? bodies['/graphql'] : undefined,
    })
  }
  return { operations, problems }
}

async function setUp(t: Parameters<typeof build>[0], driver: Driver) {
  // Event streams opened by the right key stay open until the app closes: no limit gets in the way.
  const app = await build(t, driver, { env: { NODE_ENV: 'production', EVENTS_MAX_STREAMS_PER_KEY: '1000' } })
  const reader = await createKey(app, { name: 'reader', scopes: ['content:read'] })
  const admin = await createKey(app, { name: 'admin', scopes: ['keys:admin', 'content:read'] })
  const adminOnly = await createKey(app, { name: 'admin only', scopes: ['keys:admin'] })
  const writer = await createKey(app, { name: 'writer', scopes: ['content:write'] })
  const publisher = await createKey(app, { name: 'publisher', scopes: ['content:publish'] })
  // Requests without the right key name this key; requests with it revoke a sacrificial one instead.
  const victim = await createKey(app, { name: 'victim', scopes: ['content:read'] })
  const sacrificial = await createKey(app, { name: 'sacrificial', scopes: ['content:read'] })
  // Schedule 1, for the schedule routes (the right key cancels it; later cancels meet SCHEDULE_NOT_PENDING).
  await app.inject({
    method: 'POST',
    url: '/v1/admin/releases',
    headers: bearer(publisher),
    payload: { note: 'Matrix schedule', publishAt: '2099-01-01T00:00:00Z' },
  })
  // Two webhooks to an address production refuses (saved directly, as its check would refuse them), and
  // delivery 1: a test ping, refused before any connection.
  const webhookAdmin = await createKey(app, { name: 'webhook admin', scopes: ['webhooks:admin'] })
  for (const id of [VICTIM_WEBHOOK, SACRIFICIAL_WEBHOOK]) {
    await app.db.insert(webhooks).values({
      id,
      url: `https://${UNROUTABLE}/hooks`,
      eventTypes: ['release.published'],
      secret: `whsec_${Buffer.alloc(32, 9).toString('base64')}`,
      createdByName: 'matrix',
    })
  }
  await app.inject({ method: 'POST', url: `/v1/admin/webhooks/${VICTIM_WEBHOOK}/test`, headers: bearer(webhookAdmin) })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const port = (app.server.address() as AddressInfo).port
  const idOf = (key: string) => key.split('_')[1] as string
  return { app, port, reader, admin, adminOnly, writer, publisher, webhookAdmin, victim, victimId: idOf(victim), sacrificialId: idOf(sacrificial) }
}

/** Runs a few requests at a time: the matrix has thousands, and inject and loopback sockets are cheap. */
async function pool<T>(items: T[], size: number, run: (item: T) => Promise<void>) {
  let next = 0
  await Promise.all(
    Array.from({ length: size }, async () => {
      while (next < items.length) await run(items[next++] as T)
    }),
  )
}

for (const driver of drivers) {
  // The check does not depend on the database; PostgreSQL gets the whole matrix too while it stays quick.
  t.test(`access matrix in production on ${driver}`, async (t) => {
    const started = Date.now()
    const setup = await setUp(t, driver)
    const { app, port } = setup
    const { operations, problems } = await operationsFrom(app, { reader: setup.reader, victimId: setup.victimId })
    t.same(problems, [], 'every OpenAPI route has path values and a body')
    t.ok(operations.filter((operation) => operation.secured).length >= 20, `the OpenAPI document lists the /v1 routes (${operations.length} operations)`)
    t.same(
      operations
        .filter((operation) => !operation.secured)
        .map((operation) => operation.template)
        .sort(),
      ['/healthz', '/readyz'],
      'only the probes are open',
    )
    const keysBefore = (await app.services.keys.list()).length

    /** The path a caller with the right key uses: a DELETE names the sacrificial key, not the victim. */
    const pathFor = (operation: Operation) => {
      if (operation.method !== 'DELETE') return operation.path
      if (operation.template === '/v1/admin/keys/{id}') return operation.path.replace(setup.victimId, setup.sacrificialId)
      if (operation.template === '/v1/admin/webhooks/{id}') return operation.path.replace(VICTIM_WEBHOOK, SACRIFICIAL_WEBHOOK)
      return operation.path
    }

    const keyFor = (operation: Operation, caller: Caller): Record<string, string> => {
      if (caller === 'none') return {}
      if (caller === 'wrong-scope') return bearer(operation.scope === 'content:read' ? setup.adminOnly : setup.reader)
      const right = {
        'content:read': setup.reader,
        'keys:admin': setup.admin,
        'content:write': setup.writer,
        'content:publish': setup.publisher,
        'webhooks:admin': setup.webhookAdmin,
      }
      return bearer(right[operation.scope])
    }

    t.test('open probes stay open, with or without a key', async (t) => {
      for (const operation of operations.filter((operation) => !operation.secured)) {
        for (const headers of [{}, bearer(`msb_${'Z'.repeat(12)}_${'x'.repeat(43)}`), bearer(setup.adminOnly)]) {
          const injected = await injectRequest(app, operation.method, operation.path, headers)
          t.equal(injected?.status, 200, `inject ${operation.method} ${operation.path} ${Object.keys(headers).length ? 'with a key' : 'without a key'}`)
          const raw = await rawRequest(port, operation.method, operation.path, headers)
          t.equal(raw.status, 200, `socket ${operation.method} ${operation.path}`)
        }
      }
    })

    const outcomes: Outcome[] = []
    let requests = 0
    const markers = new Map<Operation, string[]>()

    t.test('positive control: the right key gets a 2xx from the plain path', async (t) => {
      for (const operation of operations.filter((operation) => operation.secured)) {
        const path = pathFor(operation)
        const body = operation.body === undefined ? undefined : JSON.stringify(operation.body)
        const refusal = await injectRequest(app, operation.method, path + operation.query, {}, body)
        for (const transport of ['inject', 'socket'] as const) {
          const answer =
            transport === 'inject'
              ? await injectRequest(app, operation.method, path + operation.query, keyFor(operation, 'right-key'), body)
              : await rawRequest(port, operation.method, path + operation.query, keyFor(operation, 'right-key'), body)
          requests++
          const succeeded = answer !== null && answer.status >= 200 && answer.status < 300
          t.ok(succeeded || ranEditorialRoute(operation, answer), `${transport} ${operation.method} ${path}: ${answer?.status}`)
          if (answer && transport === 'inject') markers.set(operation, contentMarkers(answer.body, refusal?.body ?? ''))
          if (operation.template === '/graphql' && answer) {
            t.match(JSON.parse(answer.body), { data: { currentRelease: { id: Number } } }, 'GraphQL answered with data')
          }
        }
      }
    })

    t.test('no variant reaches a protected route without the right key', async (t) => {
      const jobs: { operation: Operation; variant: string; target: string; transport: Transport; caller: Caller; method: Method }[] = []
      for (const operation of operations.filter((operation) => operation.secured)) {
        for (const caller of ['none', 'wrong-scope', 'right-key'] as const) {
          // Requests with the right key revoke a sacrificial key, never the victim the others name.
          const path = caller === 'right-key' ? pathFor(operation) : operation.path
          for (const variant of pathVariants(path)) {
            const target = `${variant.path}${operation.query}${variant.fragmentAfterQuery ? '#x' : ''}`
            const add = (transport: Transport, name: string, requestTarget: string, method: Method = operation.method) =>
              jobs.push({ operation, variant: name, target: requestTarget, transport, caller, method })
            add('inject', variant.name, target)
            add('socket', variant.name, target)
            if (target.startsWith('/')) {
              for (const prefix of variant.name === 'raw' ? absolutePrefixes : absolutePrefixes.slice(0, 1)) {
                add('socket', `absolute-form ${prefix} + ${variant.name}`, prefix + target)
              }
            }
            // HEAD runs every GET route's hooks too: it must be refused the same way.
            if (operation.method === 'GET' && ['raw', 'fragment', 'segment 0: first char encoded'].includes(variant.name)) {
              add('socket', `HEAD ${variant.name}`, target, 'HEAD')
            }
          }
        }
      }
      await pool(jobs, 8, async (job) => {
        const { operation, caller, target } = job
        const body = operation.body === undefined ? undefined : JSON.stringify(operation.body)
        const answer =
          job.transport === 'inject'
            ? await injectRequest(app, job.method, target, keyFor(operation, caller), body)
            : await rawRequest(port, job.method, target, keyFor(operation, caller), body)
        requests++
        if (answer) outcomes.push({ operation, variant: job.variant, target: `${job.method} ${target}`, transport: job.transport, caller, answer })
      })

      const spelling = (outcome: Outcome) => `${outcome.transport} ${outcome.operation.method} ${outcome.operation.template} [${outcome.variant}]`
      // The route ran for the right key: a 2xx, or a 4xx from the route itself (a parameter that no longer validates).
      const ranTheRoute = (outcome: Outcome) => {
        const { status } = outcome.answer
        if (status >= 200 && status < 300) return true
        if (outcome.target.startsWith('HEAD ') || status < 400 || status >= 500) return false
        const { code } = codeOf(outcome.answer)
        return code !== undefined && code !== 'ROUTE_NOT_FOUND' && code !== 'MALFORMED_REQUEST'
      }
      const reachedWithKey = new Set(outcomes.filter((outcome) => outcome.caller === 'right-key' && ranTheRoute(outcome)).map(spelling))
      let refusals = 0
      for (const outcome of outcomes) {
        const { answer, caller, operation } = outcome
        const label = `${outcome.transport} ${caller} ${outcome.target} [${outcome.variant}] -> ${answer.status}`
        if (caller === 'right-key') {
          // The right key may meet 2xx or a 4xx (an unknown spelling, a parameter that no longer validates); never 3xx or 5xx.
          if (!((answer.status >= 200 && answer.status < 300) || (answer.status >= 400 && answer.status < 500))) t.fail(`right key: ${label}`)
          continue
        }
        refusals++
        const { code, graphqlData } = codeOf(answer)
        // /graphql admits any valid key and checks each operation by the scopes of its fields: a spelling
        // that loses the query (`/graphql#x?query=...`) holds no operation, so a key is told that, and reads nothing.
        const noOperation = caller === 'wrong-scope' && operation.template === '/graphql' && answer.status === 400 && code === 'GRAPHQL_BAD_REQUEST'
        if (noOperation && graphqlData === undefined && !/msb_/.test(answer.body)) continue
        const expected = allowed[caller][answer.status]
        const head = outcome.target.startsWith('HEAD ')
        if (!expected) {
          t.fail(`status not allowed: ${label} ${answer.body.slice(0, 200)}`)
          continue
        }
        if (!head && !expected.includes(code ?? '')) t.fail(`${label}: code ${code}, expected ${expected.join(' or ')}`)
        if (graphqlData !== undefined && graphqlData !== null) t.fail(`${label}: GraphQL data in a refusal`)
        if (/msb_/.test(answer.body)) t.fail(`${label}: a key in a refusal`)
        const leaked = (markers.get(operation) ?? []).find((marker) => answer.body.includes(marker))
        if (leaked) t.fail(`${label}: content in a refusal: ${leaked.slice(0, 60)}`)
        // A spelling the router sends to the route (it ran for the right key) must be refused by the key check itself.
        const reached = reachedWithKey.has(spelling(outcome))
        if (reached && answer.status !== (caller === 'none' ? 401 : 403)) {
          t.fail(`${label}: reaches the route with a key, so must be ${caller === 'none' ? 401 : 403}`)
        }
      }
      const unexpressible = jobs.filter((job) => job.transport === 'inject').length - outcomes.filter((outcome) => outcome.transport === 'inject').length
      t.equal(
        outcomes.length + unexpressible,
        jobs.length,
        `every request was answered (${unexpressible} URLs inject cannot express went over the socket only)`,
      )
      t.ok(refusals > 5_000, `${refusals} requests without the right key were refused with an allowed status and problem`)

      const histogram: Record<string, number> = {}
      for (const outcome of outcomes) {
        const key = `${outcome.transport} ${outcome.caller} ${outcome.answer.status}`
        histogram[key] = (histogram[key] ?? 0) + 1
      }
      t.comment(`statuses: ${JSON.stringify(histogram)}`)
      t.comment(`spellings that reach their route (it ran for the right key): ${reachedWithKey.size}`)
      const expectedReached = operations.filter((operation) => operation.secured).length
      t.ok(reachedWithKey.size >= expectedReached, 'at least every raw path reached its route with the right key')
    })

    t.test('nothing was minted or revoked without the right key', async (t) => {
      const minted = outcomes.filter(
        (outcome) =>
          outcome.caller === 'right-key' &&
          outcome.operation.method === 'POST' &&
          outcome.operation.template === '/v1/admin/keys' &&
          outcome.answer.status === 201,
      ).length
      // + 1: the positive control created one key with inject and one over the socket.
      t.equal((await app.services.keys.list()).length, keysBefore + minted + 2, 'only the right key created keys')
      t.equal((await app.services.keys.get(setup.victimId)).revokedAt, null, 'the victim key is not revoked')
      t.equal(
        (await app.inject({ url: `/v1/admin/webhooks/${VICTIM_WEBHOOK}`, headers: bearer(setup.webhookAdmin) })).statusCode,
        200,
        'the victim webhook is not deleted',
      )
      t.equal((await app.inject({ url: '/v1/topics', headers: bearer(setup.victim) })).statusCode, 200, 'and still works')
    })

    t.test('the reported bypass: POST /%761/admin/keys without a key', async (t) => {
      const body = JSON.stringify({ name: 'x', scopes: ['keys:admin'] })
      const before = (await app.services.keys.list()).length
      const injected = await injectRequest(app, 'POST', '/%761/admin/keys', {}, body)
      t.equal(injected?.status, 401, 'inject')
      t.notMatch(injected?.body ?? '', /msb_/, 'no key in the answer')
      t.equal(codeOf(injected as Answer).code, 'UNAUTHORIZED')
      for (const target of ['/%761/admin/keys', 'http://127.0.0.1/%761/admin/keys', '/%76%31/%61dmin/%6Beys']) {
        const raw = await rawRequest(port, 'POST', target, {}, body)
        t.equal(raw.status, 401, `socket, path as is: POST ${target}`)
        t.notMatch(raw.body, /msb_/, 'no key in the answer')
      }
      t.equal((await app.services.keys.list()).length, before, 'no key was created')
      const withKey = await rawRequest(port, 'POST', '/%761/admin/keys', bearer(setup.admin), body)
      t.equal(withKey.status, 201, 'the same spelling reaches the route with an admin key: the router decodes it')
    })

    t.test('summary', async (t) => {
      t.comment(`${requests} matrix requests on ${driver} in ${((Date.now() - started) / 1000).toFixed(1)} s`)
    })
  })
}
