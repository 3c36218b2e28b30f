import { randomUUID } from 'node:crypto'
import etag from '@fastify/etag'
import helmet from '@fastify/helmet'
import cors from '@fastify/cors'
import Fastify from 'fastify'
import type { Writable } from 'node:stream'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import type { Config } from './config.js'
import { loadContent } from './content/load-content.js'
import { defaultImportReview } from './content/import.js'
import { openDatabase, type AppDatabase, type DatabaseHandle } from './db/database.js'
import { activityRoutes } from './activities/routes.js'
import { changeRoutes } from './changes/routes.js'
import { documentRoutes } from './documents/routes.js'
import { graphqlPlugin } from './graphql/plugin.js'
import { guideRoutes } from './guide/routes.js'
import { healthRoutes } from './health/routes.js'
import { openapiPlugin } from './http/openapi.js'
import { inputGuardPlugin } from './http/input-guard.js'
import { deprecationPlugin } from './http/deprecation.js'
import { metricsPlugin } from './http/metrics.js'
import { loggerOptions } from './http/logging.js'
import { problemRoutes } from './http/problem-routes.js'
import { clientErrorHandler } from './http/client-errors.js'
import { loggableError, ThrottledLog } from './http/error-log.js'
import { frameworkError, problemsPlugin } from './http/problems.js'
import { rateLimitPlugin } from './http/rate-limit.js'
import { responseCachePlugin } from './http/response-cache.js'
import { authPlugin } from './keys/auth.js'
import { looksLikeKey } from './keys/mask.js'
import { keyRoutes } from './keys/routes.js'
import { editorialRoutes } from './editorial/routes.js'
import { auditRoutes } from './audit/routes.js'
import { scheduleRoutes } from './editorial/schedule-routes.js'
import { ScheduleRunner } from './editorial/schedule-runner.js'
import { historyRoutes } from './editorial/history-routes.js'
import { releaseEventTypes } from './events/repository.js'
import { eventRoutes } from './events/routes.js'
import { promptRoutes } from './prompts/routes.js'
import { readContextPlugin } from './read/plugin.js'
import { recommendationRoutes } from './recommendations/routes.js'
import { releaseRoutes } from './releases/routes.js'
import { resourceRoutes } from './resources/routes.js'
import { searchRoutes } from './search/routes.js'
import { webhookRoutes } from './webhooks/routes.js'
import { createServices, type Services } from './services.js'
import { GuardedRedis } from './redis/guarded-redis.js'

// How long a start waits for Redis before serving (uncounted, or refused when failing closed) without it.
const REDIS_FIRST_CONNECTION_MS = 2_000
import { memoryBudget } from './memory/budget.js'

declare module 'fastify' {
  interface FastifyInstance {
    database: DatabaseHandle
    db: AppDatabase
    services: Services
  }
}

export interface BuildOptions {
  config: Config
  /** An already opened database; the app then leaves closing it to the caller. */
  database?: DatabaseHandle
  /** false silences the log; a stream receives it (tests read it). */
  logger?: false | { stream: Writable }
  /** Folder of the content imported on first start; defaults to CONTENT_DIR, then ./content. */
  contentFolder?: string
}

const REQUEST_ID = /^[\w.:-]{1,64}$/
// Node checks request and header deadlines on this tick; its default of 30 s would let a slow body run long past them.
const TIMEOUT_CHECK_MS = 1_000

export async function buildApp(options: BuildOptions) {
  const { config } = options
  const app = Fastify({
    logger:
      options.logger === false
        ? false
        : loggerOptions(config.LOG_LEVEL, options.logger?.stream, (config.LOG_FORMAT ?? (config.NODE_ENV === 'development' ? 'pretty' : 'json')) === 'pretty'),
    bodyLimit: 64 * 1024,
    routerOptions: { maxParamLength: 200 },
    // Off unless TRUST_PROXY names the proxies: X-Forwarded-For is read only from a request one of them sent.
    trustProxy: config.TRUST_PROXY.length > 0 ? config.TRUST_PROXY : false,
    // Every connection has deadlines: a slow or stalled client cannot hold a socket for long.
    requestTimeout: config.HTTP_REQUEST_TIMEOUT_MS,
    connectionTimeout: config.HTTP_CONNECTION_TIMEOUT_MS,
    keepAliveTimeout: config.HTTP_KEEP_ALIVE_TIMEOUT_MS,
    http: {
      headersTimeout: Math.min(config.HTTP_HEADERS_TIMEOUT_MS, config.HTTP_REQUEST_TIMEOUT_MS),
      connectionsCheckingInterval: Math.min(TIMEOUT_CHECK_MS, config.HTTP_HEADERS_TIMEOUT_MS),
    },
    frameworkErrors: frameworkError,
    clientErrorHandler,
    requestIdHeader: false,
    genReqId: (request) => {
      const incoming = request.headers['x-request-id']
      // A caller's id is echoed and logged, so one that looks like a key or its secret is replaced, not repeated.
      return typeof incoming === 'string' && REQUEST_ID.test(incoming) && !looksLikeKey(incoming) ? incoming : randomUUID()
    },
  }).withTypeProvider<ZodTypeProvider>()
  // Bodies are JSON only: anything else is answered 415 rather than reaching validation as a string.
  app.removeContentTypeParser('text/plain')

  // One throttled error log for the whole app: the pool, the request error handlers, GraphQL, Redis.
  const failures = new ThrottledLog(() => app.log)
  app.decorate('failures', failures)
  app.addHook('onClose', async () => failures.close())
  const database =
    options.database ??
    (await openDatabase({
      databaseUrl: config.DATABASE_URL,
      dataDir: config.DATA_DIR,
      connectTimeoutMs: config.DB_CONNECT_TIMEOUT_MS,
      statementTimeoutMs: config.DB_STATEMENT_TIMEOUT_MS,
      onPoolError: (error) => failures.error('POOL_ERROR', { err: loggableError(error) }, 'idle database connection lost'),
    }))
  // Redis (the rate-limit counters) only through its guard: a bound per command and a circuit breaker.
  const redis = config.REDIS_URL
    ? new GuardedRedis({
        url: config.REDIS_URL,
        commandTimeoutMs: config.REDIS_COMMAND_TIMEOUT_MS,
        breakerFailures: config.REDIS_BREAKER_FAILURES,
        breakerOpenMs: config.REDIS_BREAKER_OPEN_MS,
        onError: (error) => failures.error('REDIS_ERROR', { err: loggableError(error) }, 'redis connection error'),
      })
    : undefined
  if (redis) {
    app.addHook('onReady', () => redis.connected(REDIS_FIRST_CONNECTION_MS))
    app.addHook('onClose', async () => redis.close())
  }
  const services = createServices(database, config, app.log, redis && { guard: redis, failClosed: config.RATE_LIMIT_FAIL_CLOSED })
  const memory = memoryBudget(config)
  const scheduleRunner = new ScheduleRunner(services.schedules, config.SCHEDULE_POLL_MS, app.log)
  let stopListening = async () => {}
  app.addHook('onClose', async () => {
    // First: a scheduled release being published, and webhook attempts in flight, finish (or are
    // recorded as interrupted) before the database closes.
    await Promise.all([scheduleRunner.stop(), services.webhookDispatcher.stop()])
    await services.keys.close()
    await stopListening()
    if (!options.database) await database.close()
  })
  try {
    await database.migrate()
    // One bus: a release moves the pointer (and so the caches) on every instance; a revoked key is forgotten.
    services.events.on((notice) => {
      if (releaseEventTypes.includes(notice.type)) services.releases.forgetCurrent()
      else if (notice.type === 'key.revoked' && notice.subject) services.keys.forget(notice.subject)
    })
    services.events.onStatus((listening) => services.releases.listenerStatus(listening))
    // While the bus does not listen, a revocation may be missed: cached keys are then trusted 5 s at most.
    services.events.onStatus((listening) => services.keys.listenerStatus(listening))
    stopListening = await services.events.listen(database)
    await publishBundledContentIfEmpty(services, options.contentFolder ?? config.CONTENT_DIR, app.log)
    const conflicting = await services.keys.conflictingKeys()
    if (conflicting.length > 0) {
      app.log.warn(
        { keyIds: conflicting },
        'API keys hold a content policy and content:write or content:publish, which the policy does not limit: revoke them and make two keys (see npm run keys -- list)',
      )
    }
  } catch (error) {
    await app.close()
    throw error
  }

  app.decorate('database', database)
  app.decorate('db', database.db)
  app.decorate('services', services)
  // Once ready, fire what fell due while no instance ran, then poll (every instance; each fires once).
  app.addHook('onReady', async () => {
    services.webhookDispatcher.start(services.events)
    await scheduleRunner.start()
  })
  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id)
  })

  // A plugin that fails to load leaves nothing open behind it (the database, the listener).
  try {
    await app.register(problemsPlugin)
    await app.register(helmet, { global: true, contentSecurityPolicy: false })
    await app.register(cors, {
      origin: config.CORS_ORIGINS.length > 0 ? config.CORS_ORIGINS : false,
      methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
      allowedHeaders: ['authorization', 'content-type', 'if-match', 'if-none-match', 'x-request-id'],
      exposedHeaders: [
        'content-release',
        'etag',
        'x-cache',
        'x-request-id',
        'ratelimit-policy',
        'ratelimit',
        'ratelimit-limit',
        'ratelimit-remaining',
        'ratelimit-reset',
        'retry-after',
        'deprecation',
        'sunset',
        'link',
      ],
      maxAge: 600,
    })
    await app.register(authPlugin, {
      keys: services.keys,
      allowAnonymous: config.NODE_ENV === 'development',
      failuresPerMinute: config.AUTH_FAILURES_PER_MINUTE,
    })
    await app.register(readContextPlugin, services)
    await app.register(rateLimitPlugin, {
      perMinute: config.RATE_LIMIT_PER_MINUTE,
      redis,
      failClosed: config.RATE_LIMIT_FAIL_CLOSED,
    })
    await app.register(inputGuardPlugin)
    await app.register(deprecationPlugin)
    await app.register(responseCachePlugin, {
      releases: services.releases,
      maxBytes: memory.responseCacheMb * 1024 * 1024,
      exposeStatus: config.NODE_ENV === 'development',
    })
    await app.register(metricsPlugin, { allowedNetworks: config.METRICS_ALLOWED_NETWORKS, keys: services.keys, redis, memory })
    await app.register(etag)
    await app.register(openapiPlugin)
    // REST routes validate and serialize with zod; the GraphQL plugin keeps Fastify's own compilers.
    await app.register(async (rest) => {
      rest.setValidatorCompiler(validatorCompiler)
      rest.setSerializerCompiler(serializerCompiler)
      for (const routes of [
        healthRoutes,
        problemRoutes,
        guideRoutes,
        resourceRoutes,
        promptRoutes,
        activityRoutes,
        recommendationRoutes,
        searchRoutes,
        releaseRoutes,
        changeRoutes,
        eventRoutes,
        documentRoutes,
        keyRoutes,
        editorialRoutes,
        auditRoutes,
        scheduleRoutes,
        historyRoutes,
        webhookRoutes,
      ]) {
        await rest.register(routes)
      }
    })
    await app.register(graphqlPlugin, { introspection: config.GRAPHQL_INTROSPECTION })
  } catch (error) {
    await app.close().catch(() => {})
    throw error
  }
  return app
}

async function publishBundledContentIfEmpty(services: Services, folder: string | undefined, log: { info: (obj: object, msg: string) => void }) {
  if ((await services.releases.currentId()) !== null) return
  const result = await services.publishing.importContent(await loadContent(folder), 'Bundled content, imported on first start', defaultImportReview(folder))
  log.info({ releaseId: result.releaseId, documents: result.newVersions.length }, 'published the bundled content')
}

export type App = Awaited<ReturnType<typeof buildApp>>
