/**
 * Whether an error means a backing store (PostgreSQL, Redis) is unreachable, overloaded or too slow,
 * rather than a bug: such a request is answered 503 with Retry-After, and the caller may try again.
 */
export function isUnavailable(error: unknown): boolean {
  for (let current = error, depth = 0; current && depth < 5; depth++) {
    const { code, message, name } = current as { code?: unknown; message?: unknown; name?: unknown }
    if (typeof code === 'string' && (UNAVAILABLE_CODES.has(code) || UNAVAILABLE_CLASSES.some((prefix) => code.startsWith(prefix)))) return true
    if (typeof name === 'string' && UNAVAILABLE_NAMES.has(name)) return true
    if (typeof message === 'string' && UNAVAILABLE_MESSAGES.some((pattern) => pattern.test(message))) return true
    current = (current as { cause?: unknown }).cause
  }
  return false
}

const UNAVAILABLE_CODES = new Set([
  // Node's network errors
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
  // PostgreSQL: statement_timeout or cancel, lock_timeout, idle session timeout
  '57014',
  '55P03',
  '57P05',
  // PostgreSQL: shutting down, crash recovery, cannot connect now, database dropped from under us
  '57P01',
  '57P02',
  '57P03',
  // PostgreSQL: the database does not accept connections (ALTER DATABASE ... ALLOW_CONNECTIONS false)
  '55000',
  // PostgreSQL: read-only after a failover
  '25006',
])

// PostgreSQL classes: 08 connection exception, 53 insufficient resources, 58 system error
const UNAVAILABLE_CLASSES = ['08', '53', '58']

// ioredis, and src/redis/guarded-redis.ts (a command past its bound, or the breaker open)
const UNAVAILABLE_NAMES = new Set(['MaxRetriesPerRequestError', 'RedisUnavailableError'])

const UNAVAILABLE_MESSAGES = [
  /^timeout exceeded when trying to connect$/i,
  /^Connection terminated/i,
  /^Query read timeout$/i,
  /^Client has encountered a connection error/i,
  /^Cannot use a pool after calling end/i,
  /Stream isn't writeable/i,
  /^Connection is closed\.?$/i,
  /^Database is unavailable/i,
]
