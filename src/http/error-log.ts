import type { FastifyBaseLogger } from 'fastify'

const DEFAULT_INTERVAL_MS = 10_000

declare module 'fastify' {
  interface FastifyInstance {
    /** The app's one throttled error log (see ThrottledLog), made by buildApp. */
    failures: ThrottledLog
  }
}

/**
 * Logs a kind of error once per interval: the first occurrence at once, the rest as one line with a
 * count when the interval ends. An outage under load then writes a line every few seconds, not
 * thousands a second.
 */
export class ThrottledLog {
  private readonly pending = new Map<string, { count: number; timer: NodeJS.Timeout; sample: object; message: string }>()

  constructor(
    private readonly log: () => FastifyBaseLogger,
    private readonly intervalMs = DEFAULT_INTERVAL_MS,
  ) {}

  error(kind: string, details: object, message: string): void {
    const pending = this.pending.get(kind)
    if (pending) {
      pending.count++
      return
    }
    this.log().error({ ...details, kind }, message)
    const timer = setTimeout(() => this.flush(kind), this.intervalMs)
    timer.unref()
    this.pending.set(kind, { count: 0, timer, sample: details, message })
  }

  private flush(kind: string): void {
    const pending = this.pending.get(kind)
    this.pending.delete(kind)
    if (pending && pending.count > 0) {
      this.log().error(
        { ...pending.sample, kind, repeated: pending.count, intervalMs: this.intervalMs },
        `${pending.message} (${pending.count} more times in the last ${Math.round(this.intervalMs / 1000)} s)`,
      )
    }
  }

  close(): void {
    for (const kind of [...this.pending.keys()]) {
      clearTimeout(this.pending.get(kind)?.timer)
      this.flush(kind)
    }
  }
}

/**
 * What may be logged of an error: its type, its driver code and where it was thrown. Never its
 * message: database errors carry the SQL and its parameters there (drizzle's "Failed query: ...
 * params: ..."), over several lines that the stack repeats.
 */
export function loggableError(error: unknown) {
  const value = (error ?? {}) as { name?: unknown; code?: unknown; stack?: unknown; cause?: unknown }
  const cause = (value.cause ?? {}) as { code?: unknown; name?: unknown }
  const frames =
    typeof value.stack === 'string'
      ? value.stack
          .split('\n')
          .filter((line) => /^\s+at /.test(line))
          .slice(0, 5)
      : []
  return {
    type: typeof value.name === 'string' ? value.name : typeof error,
    code: cause.code ?? value.code,
    ...(typeof cause.name === 'string' ? { causeType: cause.name } : {}),
    stack: frames.join('\n'),
  }
}
