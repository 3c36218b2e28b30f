import type { DatabaseHandle } from '../db/database.js'
import { AppError } from '../errors.js'
import type { ReleaseService } from '../releases/service.js'

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
  ) {}

  /** Ready: the database answers within the deadline and a release is current. */
  async readiness(): Promise<{ driver: DatabaseHandle['driver']; currentRelease: number }> {
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
    return { driver: this.database.driver, currentRelease }
  }
}
