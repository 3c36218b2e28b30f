import { silentLog, type BackgroundLog } from '../background-log.js'
import { isUnavailable } from '../db/unavailable.js'
import { loggableError } from '../http/error-log.js'
import type { ScheduleService } from './schedules.js'

/**
 * Polls for due schedules on this instance: once at start (so what fell due while every instance was
 * down fires now), then every `pollMs`. Runs never overlap; an outage is logged once and waited out.
 */
export class ScheduleRunner {
  private timer: NodeJS.Timeout | undefined
  private running: Promise<void> = Promise.resolve()
  private stopped = true
  private unavailable = false

  constructor(
    private readonly schedules: ScheduleService,
    private readonly pollMs: number,
    private readonly log: BackgroundLog = silentLog,
  ) {}

  start(): Promise<void> {
    this.stopped = false
    return this.poll()
  }

  /** Stops polling and waits for a run under way, so the database is not closed under it. */
  async stop(): Promise<void> {
    this.stopped = true
    clearTimeout(this.timer)
    await this.running
  }

  private poll(): Promise<void> {
    this.running = this.runOnce().finally(() => {
      if (!this.stopped) this.timer = setTimeout(() => void this.poll(), this.pollMs).unref()
    })
    return this.running
  }

  private async runOnce(): Promise<void> {
    try {
      await this.schedules.runDue()
      if (this.unavailable) this.log.info({}, 'scheduled releases: the database answers again')
      this.unavailable = false
    } catch (error) {
      if (isUnavailable(error)) {
        if (!this.unavailable) this.log.warn({ err: loggableError(error) }, 'scheduled releases: the database is unavailable; trying again at every poll')
        this.unavailable = true
        return
      }
      this.log.error({ err: loggableError(error) }, 'scheduled releases: a poll failed; trying again at the next one')
    }
  }
}
