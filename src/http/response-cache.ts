import { createHash } from 'node:crypto'
import type { FastifyInstance, FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import fp from 'fastify-plugin'
import { LRUCache } from 'lru-cache'
import { readerOf } from '../read/context.js'
import { isNeverCached } from './no-store.js'
import { currentReleaseOf } from '../read/plugin.js'
import type { ReleaseService } from '../releases/service.js'

export interface ResponseCacheOptions {
  releases: ReleaseService
  /** Upper bound of the cache, in bytes of bodies plus keys plus a fixed overhead per entry. */
  maxBytes: number
  /** Development: every cacheable response says `x-cache: HIT` or `MISS`. */
  exposeStatus: boolean
}

export interface ResponseCacheStats {
  hits: number
  misses: number
  /** 304s answered by this plugin, from a stored entry or from a response it just stored. */
  notModified: number
  stores: number
  /** Entries dropped to stay within maxBytes (not those purged because the current release moved). */
  evictions: number
  entries: number
  bytes: number
  maxBytes: number
}

export interface ResponseCache {
  stats(): ResponseCacheStats
}

/**
 * What a route tells the response cache about its answers, which are keyed on the release read, the
 * caller's content policy, the parameters and the body: only GET (and POST) answers are ever kept.
 */
type RouteCaching =
  /** They change only with the release read (and, unpinned, when the current release moves). */
  | 'release'
  /** They also change with the day, unless this query parameter names the date. */
  | { dailyUnless: string }
  /** A GraphQL endpoint: queries are kept, mutations and subscriptions never; a query selecting one of these fields changes with the day. */
  | { graphqlDailyFields: readonly string[] }

declare module 'fastify' {
  interface FastifyInstance {
    responseCache: ResponseCache
  }
  interface FastifyContextConfig {
    /** Whether and how the response cache may keep this route's answers; never when absent. */
    cache?: RouteCaching
  }
}

interface Entry {
  body: Buffer
  /** Strong, computed once when the entry is stored. */
  etag: string
  /** content-type, content-release, cache-control and vary, as the handler set them. */
  headers: [string, string][]
  /** The current release the key names (`c<id>`); null for requests pinned by their own query. */
  release: number | null
}

/** What the lookup decided for one request; onSend reads it. */
interface Lookup {
  key: string
  release: number | null
  /** The plugin's epoch at lookup: an entry of the current release is not stored if it moved since. */
  epoch: number
  hit: boolean
  graphql: boolean
}

/** What is known of a cacheable route, worked out once when it is registered. */
interface CacheableRoute {
  url: string
  methods: ReadonlySet<string>
  /** GraphQL: a query naming one of these fields depends on today's date. */
  graphql: { dailyFields: readonly string[] } | null
  /** The route reads a release it may be given: there `release=<id>` and `cursor` pin the answer. */
  pinnable: boolean
  /** The answer depends on today's date unless this query parameter names one. */
  dateParameter: string | null
}

const GRAPHQL_RESPONSE = 'application/graphql-response+json'
const STORED_HEADERS = ['content-type', 'content-release', 'cache-control', 'vary'] as const
const NOT_MODIFIED_HEADERS = new Set(['content-release', 'cache-control', 'vary'])
// Bytes counted for an entry besides its body and key: its headers, ETag and bookkeeping.
const ENTRY_OVERHEAD = 512
// Longer keys are stored as their hash: the cache is bounded by bytes, and keys count.
const MAX_PLAIN_KEY = 256
// Deeper bodies are not cached (validation refuses them anyway); it bounds the canonical form's recursion.
const MAX_DEPTH = 32
// Every time zone's offset is a multiple of 15 minutes, so no local date changes within one such slot.
const DATE_SLOT_MS = 15 * 60_000

// A route declaring `cache` has only these methods' answers kept (HEAD has a route of its own).
const CACHEABLE_METHODS = new Set(['GET', 'POST'])

/**
 * Whether `release=<id>` and `cursor` pin this route's answer: routes that read content (config.reads)
 * or take a `release` parameter (zod objects expose their shape). Not /v1/releases: its cursor pages the
 * list of releases, whose `current` flags move with the pointer. Unrecognised routes key on the current
 * release, which is always safe, only kept for a shorter time.
 */
function declaresRelease(routeOptions: RouteOptions): boolean {
  const shape = (routeOptions.schema?.querystring as { shape?: unknown } | undefined)?.shape
  return (typeof shape === 'object' && shape !== null && 'release' in shape) || routeOptions.config?.reads === true
}

class TooDeep extends Error {}

/** JSON with object keys sorted at every level; arrays keep their order. */
function canonical(value: unknown, depth = 0): string {
  if (depth > MAX_DEPTH) throw new TooDeep()
  if (Array.isArray(value)) return `[${value.map((item) => canonical(item, depth + 1)).join(',')}]`
  if (value !== null && typeof value === 'object') {
    const record = value as Record<string, unknown>
    const keys = Object.keys(record).sort()
    return `{${keys.map((key) => `${JSON.stringify(key)}:${canonical(record[key], depth + 1)}`).join(',')}}`
  }
  return value === undefined ? 'undefined' : JSON.stringify(value)
}

/** A query that names a release (other than `current`) or carries a cursor reads one release whatever is current. */
function pinsItself(query: Record<string, unknown>): boolean {
  if (query.cursor !== undefined) return true
  const release = query.release
  return release !== undefined && release !== '' && release !== 'current'
}

function graphqlText(request: FastifyRequest): string {
  const source = request.method === 'POST' ? request.body : request.query
  const query = (source as { query?: unknown } | null | undefined)?.query
  return typeof query === 'string' ? query : ''
}

/** Cheap and conservative: any query mentioning these keywords is never cached. */
const NOT_A_READ = /\b(mutation|subscription)\b/

/**
 * RFC 9110 §13.1.2: If-None-Match is `*` or a list of entity tags, compared weakly (W/ ignored).
 * Tags are matched as quoted strings, so a comma inside a tag does not split it.
 */
export function ifNoneMatchMatches(header: string | string[] | undefined, etag: string): boolean {
  if (header === undefined) return false
  const value = Array.isArray(header) ? header.join(',') : header
  if (value.trim() === '*') return true
  const opaque = etag.startsWith('W/') ? etag.slice(2) : etag
  for (const match of value.matchAll(/(?:W\/)?("[^"]*")/g)) {
    if (match[1] === opaque) return true
  }
  return false
}

/**
 * The bytes of a payload in memory of their own. Buffer.from() would place small payloads in Node's
 * shared 8 KiB pool, where one cached entry keeps a whole slab alive: the byte bound would not hold.
 */
function ownedCopy(payload: string | Buffer): Buffer {
  const size = typeof payload === 'string' ? Buffer.byteLength(payload) : payload.length
  const body = Buffer.allocUnsafeSlow(size)
  if (typeof payload === 'string') body.write(payload)
  else payload.copy(body)
  return body
}

function strongEtag(body: Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`
}

/**
 * Serves reads from the bytes of an earlier identical response: same route, parameters, query, body,
 * content policy and release. A hit answers from the preValidation hook, after authentication and rate
 * limiting, before validation, the handler and serialization. Entries of the current release carry its
 * id in their key, so they cannot be served once it moves; they are also purged then, to free memory.
 * Requests pinned to a release by their own query are immutable and stay until evicted, which is also
 * what keeps them (and the last current release's entries) served while the database is unreachable.
 */
export const responseCachePlugin = fp(
  async (app: FastifyInstance, options: ResponseCacheOptions) => {
    const { releases, exposeStatus } = options
    const counters = { hits: 0, misses: 0, notModified: 0, stores: 0, evictions: 0 }
    const cache = new LRUCache<string, Entry>({
      maxSize: options.maxBytes,
      sizeCalculation: (entry, key) => entry.body.length + key.length + ENTRY_OVERHEAD,
      dispose: (_entry, _key, reason) => {
        if (reason === 'evict') counters.evictions++
      },
    })
    const lookups = new WeakMap<FastifyRequest, Lookup>()
    // Moves whenever the current release may have: a response made across it is not stored under the old id.
    let epoch = 0

    /**
     * Drops the entries of every release but the current one. While the database is unreachable
     * currentId() answers the last known release, so nothing is dropped: those entries keep being served.
     */
    async function purgeStale(): Promise<void> {
      let current: number | null
      try {
        current = await releases.currentId()
      } catch {
        return // Nothing is lost by keeping them: their keys name a release that is not current.
      }
      const stale: string[] = []
      for (const [key, entry] of cache.entries()) {
        if (entry.release !== null && entry.release !== current) stale.push(key)
      }
      for (const key of stale) cache.delete(key)
    }
    const stopWatching = releases.onChange(() => {
      epoch++
      void purgeStale()
    })
    app.addHook('onClose', async () => {
      stopWatching()
      cache.clear()
    })

    app.decorate('responseCache', {
      stats: (): ResponseCacheStats => ({
        ...counters,
        entries: cache.size,
        bytes: cache.calculatedSize,
        maxBytes: options.maxBytes,
      }),
    })

    /** The cache key of a request, or null when it must not be cached. */
    async function keyOf(request: FastifyRequest, route: CacheableRoute): Promise<{ key: string; release: number | null } | null> {
      const principal = request.principal
      if (!principal) return null
      const query = (request.query ?? {}) as Record<string, unknown>
      // A preview is never stored (see neverCache), so there is nothing to look up either.
      if (query.release === 'draft') return null
      const text = route.graphql ? graphqlText(request) : ''
      if (route.graphql && NOT_A_READ.test(text)) return null
      // GraphQL checks content:read per operation, after this lookup: only keys that hold it share entries.
      if (route.graphql && !principal.scopes.has('content:read')) return null
      let release: number | null = null
      let releasePart = 'p'
      // GraphQL always keys on the current release: one query may mix pinned and current fields.
      if (route.graphql || !route.pinnable || !pinsItself(query)) {
        try {
          release = await currentReleaseOf(request, releases)
        } catch {
          return null // The handler meets the same failure and answers it.
        }
        if (release === null) return null
        releasePart = `c${release}`
      }
      const parts = [request.method, route.url, releasePart, readerOf(principal).policyKey]
      try {
        parts.push(canonical(request.params ?? {}), canonical(query))
        if (request.method === 'POST') parts.push(canonical(request.body))
      } catch (error) {
        if (error instanceof TooDeep) return null
        throw error
      }
      if (route.graphql) parts.push((request.headers.accept ?? '').includes(GRAPHQL_RESPONSE) ? 'graphql-response' : 'json')
      // Date-dependent entries carry the 15-minute slot they were made in, so a cached prompt of the day
      // is never served on the next day. GraphQL's is read from the query text, as the lookup runs before
      // mercurius parses it: a field can only be selected by its name, so a mention is a safe superset.
      const dated = route.graphql
        ? route.graphql.dailyFields.some((field) => text.includes(field))
        : route.dateParameter !== null && query[route.dateParameter] === undefined
      if (dated) parts.push(`t${Math.floor(Date.now() / DATE_SLOT_MS)}`)
      // canonical() escapes control characters, so the newline cannot occur inside a part.
      const plain = parts.join('\n')
      const key = plain.length > MAX_PLAIN_KEY ? `#${createHash('sha256').update(plain).digest('base64url')}` : plain
      return { key, release }
    }

    function lookupHook(route: CacheableRoute) {
      return async function responseCacheLookup(request: FastifyRequest, reply: FastifyReply) {
        if (!route.methods.has(request.method)) return
        const found = await keyOf(request, route)
        if (!found) return
        const entry = cache.get(found.key)
        lookups.set(request, { ...found, epoch, hit: entry !== undefined, graphql: route.graphql !== null })
        if (!entry) {
          counters.misses++
          return
        }
        counters.hits++
        reply.header('etag', entry.etag)
        // 304 for the cached POSTs too: they are safe reads (RFC 9110 would say 412 for an unsafe
        // method), and @fastify/etag already answered them so before this cache existed.
        if (ifNoneMatchMatches(request.headers['if-none-match'], entry.etag)) {
          counters.notModified++
          for (const [name, value] of entry.headers) if (NOT_MODIFIED_HEADERS.has(name)) reply.header(name, value)
          reply.code(304).send()
          return reply
        }
        for (const [name, value] of entry.headers) reply.header(name, value)
        reply.code(200).send(entry.body)
        return reply
      }
    }

    // Cacheability is decided once per route, from the facts its config declares. The lookup is a
    // route-level preValidation hook, appended after the rate limiter's own (also route-level, added
    // by its onRoute hook, which runs first as it was registered first): hits are still counted.
    app.addHook('onRoute', (routeOptions) => {
      const caching = routeOptions.config?.cache
      if (!caching) return
      const methods = new Set([routeOptions.method].flat().filter((method) => CACHEABLE_METHODS.has(method)))
      if (methods.size === 0) return
      const route: CacheableRoute = {
        url: routeOptions.url,
        methods,
        graphql: typeof caching === 'object' && 'graphqlDailyFields' in caching ? { dailyFields: caching.graphqlDailyFields } : null,
        pinnable: declaresRelease(routeOptions),
        dateParameter: typeof caching === 'object' && 'dailyUnless' in caching ? caching.dailyUnless : null,
      }
      const hook = lookupHook(route)
      const existing = routeOptions.preValidation
      routeOptions.preValidation = Array.isArray(existing) ? [...existing, hook] : existing ? [existing, hook] : [hook]
    })

    // Runs before @fastify/etag's onSend (registered after this plugin), which then finds the ETag
    // set and neither hashes the body again nor changes the answer. onSend hooks registered later
    // (GraphQL's content type) run on hits as on misses, so storing the headers as they are here
    // gives hits exactly the headers a miss gets.
    app.addHook('onSend', (request, reply, payload, done) => {
      const lookup = lookups.get(request)
      if (!lookup) return done(null, payload)
      if (exposeStatus) reply.header('x-cache', lookup.hit ? 'HIT' : 'MISS')
      if (lookup.hit || reply.statusCode !== 200) return done(null, payload)
      if (typeof payload !== 'string' && !Buffer.isBuffer(payload)) return done(null, payload)
      if (!storable(lookup, reply, payload)) return done(null, payload)
      const body = ownedCopy(payload)
      const etag = strongEtag(body)
      reply.header('etag', etag)
      const headers: [string, string][] = []
      for (const name of STORED_HEADERS) {
        const value = reply.getHeader(name)
        if (value !== undefined) headers.push([name, Array.isArray(value) ? value.join(', ') : String(value)])
      }
      cache.set(lookup.key, { body, etag, headers, release: lookup.release })
      // An entry larger than the whole cache is refused by the LRU.
      if (cache.peek(lookup.key)?.etag === etag) counters.stores++
      if (ifNoneMatchMatches(request.headers['if-none-match'], etag)) {
        counters.notModified++
        reply.code(304)
        return done(null, '')
      }
      done(null, payload)
    })

    function storable(lookup: Lookup, reply: FastifyReply, payload: string | Buffer): boolean {
      if (isNeverCached(reply.request)) return false
      if (lookup.release !== null) {
        // The current release moved while this request ran: its answer may come from either.
        if (lookup.epoch !== epoch) return false
        const served = reply.getHeader('content-release')
        if (served !== undefined && String(served) !== String(lookup.release)) return false
      }
      // GraphQL answers 200 with errors (GraphQL over HTTP): those are never stored. The key `"errors":`
      // can only appear unescaped as an object key, so this is conservative (an alias so named is not cached).
      if (lookup.graphql && payload.includes('"errors":')) return false
      return true
    }
  },
  { name: 'response-cache', dependencies: ['auth', 'rate-limit'] },
)
