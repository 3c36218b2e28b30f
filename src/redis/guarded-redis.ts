import { Redis } from 'ioredis'
import { BreakerOpenError, CircuitBreaker, type BreakerState } from './breaker.js'

export interface GuardedRedisOptions {
  url: string
  /** Each call's bound: past it the call fails and counts as a timeout. */
  commandTimeoutMs: number
  /** Failed or timed-out commands in a row that open the breaker. */
  breakerFailures: number
  /** How long the breaker stays open before one command probes. */
  breakerOpenMs: number
  onError?: (error: Error) => void
}

export interface RedisStats {
  state: BreakerState
  commands: number
  timeouts: number
  failures: number
  shortCircuits: number
  breakerOpened: number
}

/** Why a Redis command did not answer; `isUnavailable` knows the name, so a request it fails gets a 503. */
export class RedisUnavailableError extends Error {
  override name = 'RedisUnavailableError'
}

/**
 * The one Redis client, and the only way to send it a command: every command is bounded by
 * `commandTimeoutMs` and goes through a circuit breaker, so a frozen or partitioned Redis (no RST: the
 * socket stays open, replies never come) costs a request at most one bound, and none once the breaker
 * is open. Nothing is ever queued while disconnected (no offline queue, no resend after a reconnect).
 */
export class GuardedRedis {
  readonly client: Redis
  private readonly breaker: CircuitBreaker
  private readonly counts = { commands: 0, timeouts: 0, failures: 0, shortCircuits: 0 }

  constructor(private readonly options: GuardedRedisOptions) {
    this.client = new Redis(options.url, {
      // The bound is `bounded` below; ioredis's own timeout only clears, later, what a frozen Redis never answers.
      commandTimeout: Math.max(1_000, options.commandTimeoutMs * 10),
      enableOfflineQueue: false,
      maxRetriesPerRequest: 0,
      // A command that timed out may still be in the socket's queue; never send it again after a reconnect.
      autoResendUnfulfilledCommands: false,
      connectTimeout: Math.max(1_000, options.commandTimeoutMs),
      lazyConnect: false,
    })
    this.client.on('error', (error: Error) => options.onError?.(error))
    // Opening drops the connection and makes a new one: the commands a frozen Redis holds are let go at
    // once, and until the new connection is ready (a frozen Redis never answers its ready check) a probe
    // fails at once instead of waiting out the bound.
    this.breaker = new CircuitBreaker({ failures: options.breakerFailures, openMs: options.breakerOpenMs, onOpen: () => this.client.disconnect(true) })
  }

  /**
   * Runs `command` on the client within the bound, through the breaker. Throws RedisUnavailableError
   * when Redis fails, is too slow, or the breaker is open.
   */
  async run<T>(command: (client: Redis) => Promise<T>): Promise<T> {
    try {
      const result = await this.breaker.run(() => this.bounded(command))
      this.counts.commands++
      return result
    } catch (error) {
      if (error instanceof BreakerOpenError) this.counts.shortCircuits++
      else if (isTimeout(error)) this.counts.timeouts++
      else this.counts.failures++
      throw new RedisUnavailableError(error instanceof BreakerOpenError ? 'Redis is unavailable (circuit breaker open).' : 'Redis did not answer in time.', {
        cause: error,
      })
    }
  }

  /**
   * Waits, at most `ms`, for the first connection, so an instance that starts does not refuse (or leave
   * uncounted) its first requests while connecting. A Redis that does not answer in time delays nothing more.
   */
  async connected(ms: number): Promise<void> {
    if (this.client.status === 'ready') return
    await new Promise<void>((resolve) => {
      const done = () => {
        clearTimeout(timer)
        this.client.off('ready', done)
        resolve()
      }
      const timer = setTimeout(done, ms)
      timer.unref()
      this.client.once('ready', done)
    })
  }

  /** Whether Redis answers a PING within the bound (counts towards the breaker like any command). */
  async ping(): Promise<boolean> {
    return this.run((client) => client.ping()).then(
      () => true,
      () => false,
    )
  }

  get state(): BreakerState {
    return this.breaker.state
  }

  stats(): RedisStats {
    return { state: this.breaker.state, ...this.counts, breakerOpened: this.breaker.opened }
  }

  /** Drops the connection at once: QUIT would wait for a frozen Redis, and counters need no goodbye. */
  close(): void {
    this.client.disconnect(false)
  }

  // The bound covers the whole call, which may send two commands (a script's EVALSHA refused with
  // NOSCRIPT, then EVAL). When it passes, the verdict waits for the next turn of the event loop: if our own
  // process stalled (a long synchronous task, GC) past the bound, a reply already in the socket is read
  // first, so only Redis's slowness counts as a timeout, not ours. The timer never keeps the process alive.
  private bounded<T>(command: (client: Redis) => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined
    const deadline = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(() => setImmediate(() => reject(new Error('Command timed out'))), this.options.commandTimeoutMs)
      timer.unref()
    })
    const running = command(this.client)
    running.catch(() => {})
    return Promise.race([running, deadline]).finally(() => clearTimeout(timer))
  }
}

function isTimeout(error: unknown): boolean {
  return error instanceof Error && /timed out/i.test(error.message)
}
