import { existsSync, readFileSync } from 'node:fs'
import { parseEnv } from 'node:util'
import ipaddr from 'ipaddr.js'
import { z } from 'zod'
import { memoryBudget, MemoryBudgetError } from './memory/budget.js'

const emptyAsUnset = (value: unknown) => (value === '' ? undefined : value)

/** A timeout from the environment: whole milliseconds, at least 100 ms and at most ten minutes. */
const milliseconds = (fallback: number) => z.preprocess(emptyAsUnset, z.coerce.number().int().min(100).max(600_000).default(fallback))

const envSchema = z.object({
  PORT: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).max(65535).default(3000)),
  HOST: z.preprocess(emptyAsUnset, z.string().min(1).default('127.0.0.1')),
  DATABASE_URL: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^postgres(ql)?:\/\/\S+$/, 'must be a postgres:// or postgresql:// connection URL')
      .optional(),
  ),
  DATA_DIR: z.preprocess(emptyAsUnset, z.string().min(1).default('./data')),
  CONTENT_DIR: z.preprocess(emptyAsUnset, z.string().min(1).optional()),
  LOG_LEVEL: z.preprocess(emptyAsUnset, z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')),
  // pretty: one readable line per event (pino-pretty); json: one JSON object per line. Unset: pretty in development, json otherwise.
  LOG_FORMAT: z.preprocess(emptyAsUnset, z.enum(['pretty', 'json']).optional()),
  GRAPHQL_INTROSPECTION: z.preprocess(
    emptyAsUnset,
    z
      .enum(['true', 'false'])
      .default('true')
      .transform((value) => value === 'true'),
  ),
  REDIS_URL: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^rediss?:\/\/\S+$/, 'must be a redis:// or rediss:// URL')
      .optional(),
  ),
  // Every Redis command is bounded by REDIS_COMMAND_TIMEOUT_MS and goes through a circuit breaker that
  // opens after REDIS_BREAKER_FAILURES failures in a row and lets one probe through after REDIS_BREAKER_OPEN_MS.
  REDIS_COMMAND_TIMEOUT_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(5).max(10_000).default(50)),
  REDIS_BREAKER_FAILURES: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(1_000).default(5)),
  REDIS_BREAKER_OPEN_MS: milliseconds(5_000),
  RATE_LIMIT_PER_MINUTE: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(1_000_000).default(600)),
  // The process's whole memory, in MiB, split into the V8 heap, response bytes and the embedded
  // database (src/memory/budget.ts). Unset: 256, plus 128 on the embedded database.
  MEMORY_BUDGET_MB: z.preprocess(emptyAsUnset, z.coerce.number().int().min(64).max(65_536).optional()),
  // Memory for the response cache of each instance, in MiB (src/http/response-cache.ts); unset: a
  // quarter of the budget after the embedded database's part.
  RESPONSE_CACHE_MB: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(4096).optional()),
  CORS_ORIGINS: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((origin) => origin.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().regex(/^https?:\/\/[^/\s]+$/, 'each origin must look like https://app.example.org'))),
  ),
  DB_CONNECT_TIMEOUT_MS: milliseconds(3_000),
  DB_STATEMENT_TIMEOUT_MS: milliseconds(5_000),
  HTTP_REQUEST_TIMEOUT_MS: milliseconds(30_000),
  HTTP_HEADERS_TIMEOUT_MS: milliseconds(10_000),
  HTTP_CONNECTION_TIMEOUT_MS: milliseconds(30_000),
  HTTP_KEEP_ALIVE_TIMEOUT_MS: milliseconds(72_000),
  // How often each instance looks for scheduled releases that fell due (src/editorial/schedules.ts).
  SCHEDULE_POLL_MS: milliseconds(5_000),
  AUTH_FAILURES_PER_MINUTE: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(1_000_000).default(30)),
  RATE_LIMIT_FAIL_CLOSED: z.preprocess(
    emptyAsUnset,
    z
      .enum(['true', 'false'])
      .default('false')
      .transform((value) => value === 'true'),
  ),
  // Webhooks (src/webhooks/): the retry delays after the first attempt (Standard Webhooks' schedule by
  // default, each with jitter), the request timeout, how often each instance looks for due deliveries,
  // and how long a rotated secret keeps signing.
  WEBHOOK_RETRY_DELAYS_MS: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .default('5000,300000,1800000,7200000,18000000,36000000,50400000,72000000,86400000')
      .transform((value) =>
        value
          .split(',')
          .map((delay) => delay.trim())
          .filter(Boolean)
          .map(Number),
      )
      .pipe(
        z
          .array(
            z
              .number()
              .int('each delay must be whole milliseconds')
              .min(0)
              .max(7 * 86_400_000),
          )
          .max(20),
      ),
  ),
  WEBHOOK_TIMEOUT_MS: milliseconds(15_000),
  WEBHOOK_POLL_MS: milliseconds(1_000),
  WEBHOOK_SECRET_GRACE_MS: z.preprocess(
    emptyAsUnset,
    z.coerce
      .number()
      .int()
      .min(0)
      .max(30 * 86_400_000)
      .default(86_400_000),
  ),
  // Lets webhooks use http and reach private, loopback and link-local addresses: on in development,
  // off in production unless a private deployment turns it on.
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: z.preprocess(
    emptyAsUnset,
    z
      .enum(['true', 'false'])
      .optional()
      .transform((value) => (value === undefined ? undefined : value === 'true')),
  ),
  // The address partners reach this service at; links in webhook payloads are made absolute with it.
  PUBLIC_URL: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .regex(/^https?:\/\/[^\s?#]+[^/\s?#]$/, 'must be an absolute URL without a trailing slash, such as https://api.example.org')
      .optional(),
  ),
  // Server-sent events (/v1/events): open streams per key, and the heartbeat interval.
  EVENTS_MAX_STREAMS_PER_KEY: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(1_000).default(5)),
  EVENTS_HEARTBEAT_MS: milliseconds(15_000),
  // Who may scrape /metrics without a key (CIDR, comma-separated); others need a metrics:read key.
  METRICS_ALLOWED_NETWORKS: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .default('127.0.0.0/8,::1/128')
      .transform((value) =>
        value
          .split(',')
          .map((cidr) => cidr.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().refine((cidr) => ipaddr.isValidCIDR(cidr), 'each entry must be an address range such as 10.0.0.0/8 or ::1/128'))),
  ),
  // Proxies in front of the service (addresses or CIDRs, comma-separated; unset: none). Only a request
  // from one of them has its X-Forwarded-For read, so request.ip (failure budgets, rate limits for
  // callers without a key, METRICS_ALLOWED_NETWORKS, logs) is the client's address behind them.
  TRUST_PROXY: z.preprocess(
    emptyAsUnset,
    z
      .string()
      .default('')
      .transform((value) =>
        value
          .split(',')
          .map((entry) => entry.trim())
          .filter(Boolean),
      )
      .pipe(z.array(z.string().refine(isProxyAddress, 'each entry must be an address or an address range, such as 10.0.0.7 or 10.0.0.0/8'))),
  ),
  // API keys (src/keys/service.ts): how long a key read is trusted while the event bus listens (revocations
  // arrive on it at once; 5 s while it does not), how long it is still used when the database cannot be
  // reached (0: not at all), and the lookup statements a second for key ids an instance has not seen.
  KEY_CACHE_TTL_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(5_000).max(86_400_000).default(300_000)),
  KEY_CACHE_STALE_IF_ERROR_MS: z.preprocess(emptyAsUnset, z.coerce.number().int().min(0).max(86_400_000).default(3_600_000)),
  KEY_LOOKUPS_PER_SECOND: z.preprocess(emptyAsUnset, z.coerce.number().int().min(1).max(10_000).default(50)),
  NODE_ENV: z.preprocess(emptyAsUnset, z.enum(['development', 'production', 'test']).default('development')),
})

export type Config = z.infer<typeof envSchema>

/** A dotted-quad IPv4 or an IPv6 address, with an optional prefix length: never the shorthand "1" for 0.0.0.1. */
function isProxyAddress(entry: string): boolean {
  const [address = '', prefix] = entry.split('/')
  const valid = ipaddr.IPv4.isValidFourPartDecimal(address) || ipaddr.IPv6.isValid(address)
  return valid && (prefix === undefined || ipaddr.isValidCIDR(entry))
}

export class ConfigError extends Error {
  override name = 'ConfigError'
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(env)
  if (parsed.success) {
    try {
      memoryBudget(parsed.data)
    } catch (error) {
      if (error instanceof MemoryBudgetError) throw new ConfigError(`Invalid configuration:\n  ${error.message}`)
      throw error
    }
    return parsed.data
  }
  const problems = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`)
  throw new ConfigError(`Invalid configuration:\n${problems.join('\n')}`)
}

/**
 * Reads `.env` (or `path`) into `env` when the file exists, as `.env.example` suggests: a variable
 * already set in the environment wins over the file. Returns whether a file was read. Node's own parser
 * (util.parseEnv, the one behind --env-file) reads it: no dependency.
 */
export function loadEnvFile(path = '.env', env: NodeJS.ProcessEnv = process.env): boolean {
  if (!existsSync(path)) return false
  for (const [name, value] of Object.entries(parseEnv(readFileSync(path, 'utf8')))) {
    if (env[name] === undefined) env[name] = value
  }
  return true
}
