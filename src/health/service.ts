import type { DatabaseHandle } from '../db/database.js'
import { AppError } from '../errors.js'
import type { ReleaseService } from '../releases/service.js'
import type { BreakerState } from '../redis/breaker.js'
import type { GuardedRedis } from '../redis/guarded-redis.js'

export interface RedisReadiness {
  guard: Pick<GuardedRedis, 'ping' | 'state'>
  /** RATE_LIMIT_FAIL_CLOSED: an instance that cannot count refuses every counted request, so it is not ready. */
  failClosed: boolean
}

export interface RedisHealth {
  status: 'ok' | 'degraded'
  breaker: BreakerState
  whenUnavailable: 'serve-uncounted' | 'refuse'
}

// A probe must answer in time even when the database hangs: orchestrators time out after about a second.
export const READY_DEADLINE_MS = 700

function withDeadline<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('deadline passed')), ms)
  })
  const running = work()
  running.catch(() => {})
  return Promise.race([running, deadline]).finally(() => clearTimeout(timer))
}

export class HealthService {
  constructor(
    private readonly database: Pick<DatabaseHandle, 'ping' | 'driver'>,
    private readonly releases: ReleaseService,
    private readonly redis?: RedisReadiness,
  ) {}

  /**
   * Ready: the database answers within the deadline and a release is current, and, when Redis is set
   * to fail closed, Redis answers. A degraded Redis that fails open leaves the instance ready (it serves
   * uncounted) and says so.
   */
  async readiness(): Promise<{ driver: DatabaseHandle['driver']; currentRelease: number; redis?: RedisHealth }> {
    let currentRelease: number | null
    try {
      currentRelease = await withDeadline(READY_DEADLINE_MS, async () => {
        await this.database.ping()
        return this.releases.currentId()
      })
    } catch {
      throw new AppError('SERVICE_UNAVAILABLE', `The database did not answer within ${READY_DEADLINE_MS} ms.`)
    }
    if (currentRelease === null) throw new AppError('NO_CURRENT_RELEASE', 'No release is current yet.')
    const redis = await this.redisHealth()
    if (redis?.status === 'degraded' && redis.whenUnavailable === 'refuse') {
      throw new AppError(
        'SERVICE_UNAVAILABLE',
        `Redis (the rate-limit store) is unavailable, circuit breaker ${redis.breaker}, and RATE_LIMIT_FAIL_CLOSED refuses what it cannot count.`,
      )
    }
    return { driver: this.database.driver, currentRelease, ...(redis ? { redis } : {}) }
  }

  /**
   * Redis as requests see it: a PING through the same guard (bounded, and counted by the breaker, so an
   * idle instance notices a frozen Redis too); none while the breaker is open. Undefined without Redis.
   */
  async redisHealth(): Promise<RedisHealth | undefined> {
    if (!this.redis) return undefined
    const answered = await this.redis.guard.ping()
    const breaker = this.redis.guard.state
    return {
      status: answered && breaker === 'closed' ? 'ok' : 'degraded',
      breaker,
      whenUnavailable: this.redis.failClosed ? 'refuse' : 'serve-uncounted',
    }
  }
}
