import type { FastifyInstance, FastifyRequest } from 'fastify'
import fastifyMetrics from 'fastify-metrics'
import fp from 'fastify-plugin'
import ipaddr from 'ipaddr.js'
import { Counter, Gauge, Registry } from 'prom-client'
import { AppError } from '../errors.js'
import { loggableError } from './error-log.js'
import type { KeyService } from '../keys/service.js'
import type { GuardedRedis } from '../redis/guarded-redis.js'
import v8 from 'node:v8'
import type { MemoryBudget } from '../memory/budget.js'
import { watchHeap } from '../memory/heap-watch.js'

export interface MetricsOptions {
  /** Addresses (CIDR) that may scrape without a key; others need a key with the metrics:read scope. */
  allowedNetworks: readonly string[]
  keys: KeyService
  redis?: Pick<GuardedRedis, 'stats'> | undefined
  /** The memory budget's parts, shown beside what each uses. */
  memory: MemoryBudget
}

const BEARER = /^bearer +(\S{1,200})$/i

/**
 * Prometheus metrics at /metrics: request durations by route and status (fastify-metrics, on
 * prom-client), the process's own, and the service's: response cache, current release, database pool,
 * webhook queue and attempts, rate-limit outcomes, and Redis (breaker state, command outcomes). Open to the configured networks (loopback by default), or to a key with
 * the metrics:read scope; never listed in the OpenAPI document.
 */
export const metricsPlugin = fp(
  async (app: FastifyInstance, options: MetricsOptions) => {
    const networks = options.allowedNetworks.map((cidr) => ipaddr.parseCIDR(cidr))
    // A registry per app, not prom-client's global one: several apps share a process in tests.
    const registry = new Registry()
    const registers = [registry]
    await app.register(fastifyMetrics.default, {
      endpoint: null,
      defaultMetrics: { enabled: true, register: registry },
      routeMetrics: {
        enabled: { histogram: true, summary: false },
        routeBlacklist: ['/metrics', '/healthz', '/readyz'],
        // Route templates, never raw URLs: one series per route, whatever the slugs and query strings.
        overrides: {
          histogram: { name: 'http_request_duration_seconds', buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers },
          summary: { registers },
        },
      },
    })
    const { releases, webhooks, webhookDispatcher } = app.services
    // A failed database read must not fail the scrape (its gauge shows its fallback), nor pass unnoticed.
    const failedReads = new Map<string, number>()
    const unread = (metric: string) => (error: unknown) => {
      const failures = (failedReads.get(metric) ?? 0) + 1
      failedReads.set(metric, failures)
      app.log.warn({ metric, failures, error: loggableError(error) }, `Could not read ${metric} for /metrics`)
      return null
    }
    const counter = (name: string, help: string, read: () => number) =>
      new Counter({
        name,
        help,
        registers,
        collect() {
          this.reset()
          this.inc(read())
        },
      })
    const cache = () => app.responseCache.stats()
    counter('bonds_response_cache_hits_total', 'Content reads answered from stored response bytes (304s included).', () => cache().hits)
    counter('bonds_response_cache_misses_total', 'Cacheable content reads that ran their handler.', () => cache().misses)
    counter('bonds_response_cache_evictions_total', 'Response cache entries evicted to stay within RESPONSE_CACHE_MB.', () => cache().evictions)
    new Gauge({
      name: 'bonds_response_cache_bytes',
      help: 'Bytes the response cache holds now.',
      registers,
      collect() {
        this.set(cache().bytes)
      },
    })
    new Gauge({
      registers,
      name: 'bonds_current_release',
      help: 'The release unpinned reads are served from (0 before the first publish).',
      async collect() {
        this.set((await releases.currentId().catch(unread('bonds_current_release'))) ?? 0)
      },
    })
    new Gauge({
      registers,
      name: 'bonds_db_pool_connections',
      help: 'PostgreSQL pool connections by state (total, idle, waiting for one, max); absent on the embedded database.',
      labelNames: ['state'],
      collect() {
        const pool = app.database.poolStats()
        if (!pool) return
        for (const [state, value] of Object.entries(pool)) this.set({ state }, value)
      },
    })
    new Gauge({
      registers,
      name: 'bonds_webhook_deliveries',
      help: 'Webhook deliveries by state, across every instance: pending is the queue (first attempts and retries).',
      labelNames: ['state'],
      async collect() {
        const counts = await webhooks.deliveryCounts().catch(unread('bonds_webhook_deliveries'))
        if (counts) for (const [state, value] of Object.entries(counts)) this.set({ state }, value)
      },
    })
    new Counter({
      registers,
      name: 'bonds_webhook_attempts_total',
      help: 'Webhook delivery attempts this instance made, by outcome (retrying and failed are failures; disabled: a 410).',
      labelNames: ['outcome'],
      collect() {
        this.reset()
        for (const [outcome, value] of Object.entries(webhookDispatcher.attemptCounts)) this.inc({ outcome }, value)
      },
    })

    const outcomes = app.rateLimitOutcomes
    new Counter({
      registers,
      name: 'bonds_rate_limit_requests_total',
      help: 'Requests the rate limiter saw on this instance, by outcome: counted, uncounted (Redis unavailable, served: fail-open), refused (Redis unavailable, 503: fail-closed).',
      labelNames: ['outcome'],
      collect() {
        this.reset()
        for (const [outcome, value] of Object.entries(outcomes)) this.inc({ outcome }, value)
      },
    })
    const { redis } = options
    if (redis) {
      const stats = () => redis.stats()
      new Gauge({
        registers,
        name: 'bonds_redis_breaker_state',
        help: 'The circuit breaker on Redis commands: 1 for the state it is in (closed, open, half-open), 0 for the others.',
        labelNames: ['state'],
        collect() {
          const { state } = stats()
          for (const each of ['closed', 'open', 'half-open']) this.set({ state: each }, each === state ? 1 : 0)
        },
      })
      counter('bonds_redis_breaker_opened_total', 'Times the circuit breaker on Redis commands opened.', () => stats().breakerOpened)
      new Counter({
        registers,
        name: 'bonds_redis_commands_total',
        help: 'Redis commands by outcome: ok, timeout (past REDIS_COMMAND_TIMEOUT_MS), failed (any other error), short_circuited (not sent: breaker open).',
        labelNames: ['outcome'],
        collect() {
          this.reset()
          const { commands, timeouts, failures, shortCircuits } = stats()
          this.inc({ outcome: 'ok' }, commands)
          this.inc({ outcome: 'timeout' }, timeouts)
          this.inc({ outcome: 'failed' }, failures)
          this.inc({ outcome: 'short_circuited' }, shortCircuits)
        },
      })
    }

    memoryMetrics(app, registers, options.memory)

    app.get('/metrics', { schema: { hide: true } }, async (request, reply) => {
      await admit(request, networks, options.keys)
      return reply
        .header('cache-control', 'no-store')
        .type(registry.contentType)
        .send(await registry.metrics())
    })
  },
  { name: 'metrics', dependencies: ['response-cache', 'rate-limit'] },
)

const MiB = 1024 * 1024

/** Each part of the memory budget and what it uses; each cache's bytes, bound and entries. */
function memoryMetrics(app: FastifyInstance, registers: Registry[], memory: MemoryBudget) {
  const heap = watchHeap()
  app.addHook('onClose', async () => heap.stop())
  const parts = {
    heap: memory.heapMb * MiB,
    responses: memory.responseCacheMb * MiB,
    database: memory.databaseMb * MiB,
  }
  new Gauge({
    registers,
    name: 'bonds_memory_budget_bytes',
    help: "The memory budget (MEMORY_BUDGET_MB) by part: total, heap (the V8 heap limit it starts with), responses (response Buffers, outside the heap), database (the embedded database's WebAssembly memory), headroom (of the heap, kept free at the peak).",
    labelNames: ['part'],
    collect() {
      this.set({ part: 'total' }, memory.totalMb * MiB)
      for (const [part, bytes] of Object.entries(parts)) this.set({ part }, bytes)
      this.set({ part: 'headroom' }, memory.headroomMb * MiB)
    },
  })
  new Gauge({
    registers,
    name: 'bonds_memory_used_bytes',
    help: 'What each part of the budget uses now: heap (V8 heap in use, garbage included), heap_live (in use after the last full collection), heap_peak (the most in use right after any collection since start), heap_live_peak (the most in use right after a full collection since start: the peak of what was live), responses (bytes the response cache holds), database (WebAssembly memory; absent on PostgreSQL).',
    labelNames: ['part'],
    collect() {
      this.set({ part: 'heap' }, v8.getHeapStatistics().used_heap_size)
      this.set({ part: 'heap_live' }, heap.liveBytes)
      this.set({ part: 'heap_peak' }, heap.peakBytes)
      this.set({ part: 'heap_live_peak' }, heap.peakLiveBytes)
      this.set({ part: 'responses' }, app.responseCache.stats().bytes)
      const database = app.database.memoryBytes()
      if (database !== null) this.set({ part: 'database' }, database)
    },
  })
  const caches = () => {
    const responses = app.responseCache.stats()
    return {
      release: app.services.releaseCache.stats(),
      keys: app.services.keys.cacheStats(),
      responses: { entries: responses.entries, bytes: responses.bytes, maxBytes: responses.maxBytes },
    }
  }
  const cacheGauge = (name: string, help: string, read: (stats: { entries: number; bytes: number; maxBytes: number }) => number) =>
    new Gauge({
      registers,
      name,
      help,
      labelNames: ['cache'],
      collect() {
        for (const [cache, stats] of Object.entries(caches())) this.set({ cache }, read(stats))
      },
    })
  cacheGauge(
    'bonds_cache_bytes',
    'Bytes each cache holds (release: parsed catalogues, policy views and previews, each document version counted once, estimated; keys: key lookups, estimated; responses: response bytes).',
    (stats) => stats.bytes,
  )
  cacheGauge('bonds_cache_max_bytes', "Each cache's bound in bytes, its share of its part of the memory budget.", (stats) => stats.maxBytes)
  cacheGauge('bonds_cache_entries', 'Entries each cache holds.', (stats) => stats.entries)
  new Gauge({
    registers,
    name: 'bonds_release_cache_shared_objects',
    help: 'Parsed document versions the release cache holds once for every release that contains them.',
    collect() {
      this.set(app.services.releaseCache.stats().shared)
    },
  })
  new Counter({
    registers,
    name: 'bonds_release_cache_evictions_total',
    help: 'Release cache entries evicted to stay within its bytes.',
    collect() {
      this.reset()
      this.inc(app.services.releaseCache.stats().evictions)
    },
  })
}

async function admit(request: FastifyRequest, networks: [ipaddr.IPv4 | ipaddr.IPv6, number][], keys: KeyService): Promise<void> {
  const address = ipaddr.isValid(request.ip) ? ipaddr.process(request.ip) : null
  if (address && networks.some((network) => address.kind() === network[0].kind() && address.match(network))) return
  const key = BEARER.exec(request.headers.authorization ?? '')?.[1]
  const principal = key ? await keys.authenticate(key) : null
  if (!principal) {
    throw new AppError('UNAUTHORIZED', 'Metrics are open to the networks in METRICS_ALLOWED_NETWORKS; from elsewhere, send a key with the metrics:read scope.')
  }
  if (!principal.scopes.has('metrics:read')) {
    throw new AppError('FORBIDDEN', 'Metrics need the "metrics:read" scope. This API key does not have it; ask for a key with that scope.')
  }
}
