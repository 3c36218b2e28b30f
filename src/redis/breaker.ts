export type BreakerState = 'closed' | 'open' | 'half-open'

export interface BreakerOptions {
  /** Failures in a row that open the breaker. */
  failures: number
  /** How long it stays open before one call may probe (half-open). */
  openMs: number
  /** Called each time it opens. */
  onOpen?: () => void
  now?: () => number
}

export class BreakerOpenError extends Error {
  override name = 'BreakerOpenError'
}

/**
 * Closed: calls run. After `failures` failures in a row it opens: calls fail at once without running,
 * for `openMs`. Then half-open: the next call runs as a probe while the others still fail at once;
 * its success closes the breaker, its failure opens it again. No timer: the state is computed from the
 * clock when asked, so nothing keeps the process alive and nothing needs stopping.
 */
export class CircuitBreaker {
  private failuresInRow = 0
  private openedAt: number | null = null
  private probing = false
  private readonly now: () => number
  opened = 0

  constructor(private readonly options: BreakerOptions) {
    this.now = options.now ?? Date.now
  }

  get state(): BreakerState {
    if (this.openedAt === null) return 'closed'
    return this.now() - this.openedAt >= this.options.openMs ? 'half-open' : 'open'
  }

  /** Runs `work` unless the breaker is open (or half-open with a probe already out): then throws BreakerOpenError. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const state = this.state
    if (state === 'open' || (state === 'half-open' && this.probing)) throw new BreakerOpenError('The circuit breaker is open.')
    const probe = state === 'half-open'
    if (probe) this.probing = true
    try {
      const result = await work()
      this.failuresInRow = 0
      this.openedAt = null
      return result
    } catch (error) {
      this.failuresInRow++
      if (probe || (this.openedAt === null && this.failuresInRow >= this.options.failures)) {
        this.openedAt = this.now()
        this.opened++
        this.options.onOpen?.()
      }
      throw error
    } finally {
      if (probe) this.probing = false
    }
  }
}
