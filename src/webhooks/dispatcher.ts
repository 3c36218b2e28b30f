import { and, asc, eq, isNull, lt, lte, or, sql } from 'drizzle-orm'
import { Webhook } from 'standardwebhooks'
import { appendAudit } from '../audit/writer.js'
import type { Actor } from '../caller/caller.js'
import type { AppDatabase } from '../db/database.js'
import { apiKeys, webhookAttempts, webhookDeliveries, webhooks } from '../db/schema.js'
import { isUnavailable } from '../db/unavailable.js'
import type { BackgroundLog } from '../background-log.js'
import type { EventBus } from '../events/bus.js'
import type { EventPayloads } from '../events/payload.js'
import { findEvent } from '../events/repository.js'
import { loggableError } from '../http/error-log.js'
import type { ContentPolicy } from '../keys/schemas.js'
import { checkUrl, DestinationRefused, resolveDestination, type DestinationPolicy } from './destination.js'
import { post, retryAfterMs } from './send.js'

export type DeliveryRow = typeof webhookDeliveries.$inferSelect
export type WebhookRow = typeof webhooks.$inferSelect

export interface DispatcherOptions {
  /** Delays before the second, third... attempt; after the last, the delivery has failed. */
  retryDelaysMs: readonly number[]
  timeoutMs: number
  pollMs: number
  destinations: DestinationPolicy
}

// Attempts in flight on one instance at once: a receiver that hangs holds one of them, not the others.
const CONCURRENCY = 4
// A claimed delivery is another instance's to retry once its lease runs out (this one died mid-attempt).
const LEASE_MARGIN_MS = 30_000
// Retry-After is honoured up to a day, the longest step of the schedule.
const MAX_RETRY_AFTER_MS = 86_400_000
const GONE = 410
/** The author of the audit rows the dispatcher writes itself (no key, no request). */
const webhookDelivery: Actor = { keyId: null, name: 'webhook delivery' }

/**
 * Sends webhook deliveries: claims a due one (FOR UPDATE SKIP LOCKED, with a lease), signs it, posts
 * it and records the attempt, on every instance at once without two attempting the same delivery. A
 * subscription's event deliveries go out in event order: one waits while an earlier one is pending.
 */
export class WebhookDispatcher {
  private timer: NodeJS.Timeout | undefined
  private stopped = true
  private workers = 0
  private wanted = false
  private readonly inFlight = new Set<Promise<void>>()
  private readonly aborts = new Set<AbortController>()
  private unavailable = false
  /** Attempts this instance made since it started, by outcome (for /metrics). */
  readonly attemptCounts: Record<'succeeded' | 'retrying' | 'failed' | 'disabled', number> = { succeeded: 0, retrying: 0, failed: 0, disabled: 0 }

  constructor(
    private readonly db: AppDatabase,
    private readonly payloads: EventPayloads,
    private readonly options: DispatcherOptions,
    private readonly log: Pick<BackgroundLog, 'info' | 'warn'>,
  ) {}

  /** Starts delivering: now, at every event this instance hears of, and at every poll. */
  start(bus: EventBus): void {
    this.stopped = false
    bus.on(() => this.kick())
    bus.onStatus((listening) => listening && this.kick())
    this.timer = setInterval(() => this.kick(), this.options.pollMs).unref()
    this.kick()
  }

  /** Stops claiming, aborts attempts in flight (they are recorded and retried) and waits for them. */
  async stop(): Promise<void> {
    this.stopped = true
    clearInterval(this.timer)
    for (const abort of this.aborts) abort.abort(new Error('the instance is shutting down'))
    await Promise.allSettled([...this.inFlight])
  }

  /**
   * Looks for due deliveries now. One worker looks; each delivery it finds starts another (up to
   * CONCURRENCY), so an idle poll costs one query and a backlog is worked on in parallel.
   */
  kick(): void {
    if (this.stopped) return
    this.wanted = true
    if (this.workers === 0) this.spawn()
  }

  /** Resolves once no attempt is in flight on this instance (tests wait for start-up to settle). */
  async idle(): Promise<void> {
    while (this.inFlight.size > 0) await Promise.allSettled([...this.inFlight])
  }

  /** Claims one delivery (a given one, or the next due) and attempts it; false when there was none. */
  async deliverOnce(deliveryId?: number): Promise<boolean> {
    const delivery = await this.claim(deliveryId)
    if (!delivery) return false
    await this.attempt(delivery)
    return true
  }

  private spawn(): void {
    this.workers++
    const work = this.work().finally(() => {
      this.workers--
      this.inFlight.delete(work)
      // Asked to look again while the last worker was busy: look once more.
      if (this.wanted && this.workers === 0 && !this.stopped) this.spawn()
    })
    this.inFlight.add(work)
  }

  private async work(): Promise<void> {
    try {
      while (!this.stopped) {
        this.wanted = false
        const delivery = await this.claim()
        if (!delivery) return
        if (this.workers < CONCURRENCY) this.spawn()
        await this.attempt(delivery)
      }
    } catch (error) {
      if (!isUnavailable(error)) this.log.warn({ err: loggableError(error) }, 'webhooks: a delivery could not be processed; it is retried at the next poll')
      else if (!this.unavailable) this.log.warn({ err: loggableError(error) }, 'webhooks: the database is unavailable; deliveries wait')
      this.unavailable = isUnavailable(error)
      return
    }
    this.unavailable = false
  }

  /**
   * One statement: picks the first due delivery that no other instance holds (SKIP LOCKED) and whose
   * subscription has nothing earlier in flight, and leases it. A lease that ran out (its instance died
   * mid-attempt) makes the delivery due again.
   */
  private async claim(deliveryId?: number): Promise<DeliveryRow | null> {
    const leaseSeconds = (this.options.timeoutMs + LEASE_MARGIN_MS) / 1000
    const due = this.db
      .select({ id: webhookDeliveries.id })
      .from(webhookDeliveries)
      .innerJoin(webhooks, eq(webhooks.id, webhookDeliveries.webhookId))
      .where(
        and(
          deliveryId === undefined ? undefined : eq(webhookDeliveries.id, deliveryId),
          eq(webhooks.enabled, true),
          or(
            and(eq(webhookDeliveries.state, 'pending'), lte(webhookDeliveries.nextAttemptAt, sql`now()`)),
            and(eq(webhookDeliveries.state, 'delivering'), lt(webhookDeliveries.leaseUntil, sql`now()`)),
          ),
          sql`(not ${webhookDeliveries.ordered} or not exists (
            select 1 from webhook_deliveries earlier
            where earlier.webhook_id = ${webhookDeliveries.webhookId} and earlier.ordered
              and earlier.id < ${webhookDeliveries.id} and earlier.state in ('pending', 'delivering')))`,
        ),
      )
      .orderBy(asc(webhookDeliveries.nextAttemptAt), asc(webhookDeliveries.id))
      .limit(1)
      .for('update', { of: webhookDeliveries, skipLocked: true })
    const [claimed] = await this.db
      .update(webhookDeliveries)
      .set({
        state: 'delivering',
        attempts: sql`${webhookDeliveries.attempts} + 1`,
        leaseUntil: sql`now() + make_interval(secs => ${leaseSeconds})`,
        updatedAt: sql`now()`,
      })
      .where(sql`${webhookDeliveries.id} = (${due})`)
      .returning()
    return claimed ?? null
  }

  private async attempt(delivery: DeliveryRow): Promise<void> {
    const [hook] = await this.db.select().from(webhooks).where(eq(webhooks.id, delivery.webhookId))
    if (!hook) return
    const body = delivery.payload ?? (await this.preparePayload(delivery, hook))
    const startedAt = new Date()
    const abort = new AbortController()
    this.aborts.add(abort)
    const deadline = setTimeout(() => abort.abort(new Error(`no answer within ${this.options.timeoutMs} ms`)), this.options.timeoutMs)
    let status: number | null = null
    let error: string | null = null
    let retryAfter: number | undefined
    try {
      const url = checkUrl(hook.url, this.options.destinations)
      const address = await resolveDestination(url, this.options.destinations)
      const sent = await post(url, address, this.headers(delivery, hook, body, startedAt), body, abort.signal)
      status = sent.status
      retryAfter = retryAfterMs(sent.retryAfter)
    } catch (failure) {
      error = failure instanceof DestinationRefused ? `refused: ${failure.message}` : describe(abort.signal.aborted ? abort.signal.reason : failure)
    } finally {
      clearTimeout(deadline)
      this.aborts.delete(abort)
    }
    await this.record(delivery, hook, { startedAt, durationMs: Date.now() - startedAt.getTime(), status, error, retryAfter })
  }

  /** Standard Webhooks headers; during a rotation, one signature per live secret. */
  private headers(delivery: DeliveryRow, hook: WebhookRow, body: string, at: Date): Record<string, string> {
    const secrets = [hook.secret]
    if (hook.previousSecret && hook.previousSecretExpiresAt && hook.previousSecretExpiresAt > at) secrets.push(hook.previousSecret)
    return {
      'content-type': 'application/json',
      'user-agent': 'mother-son-bonds-webhooks/1',
      'webhook-id': delivery.messageId,
      'webhook-timestamp': String(Math.floor(at.getTime() / 1000)),
      'webhook-signature': secrets.map((secret) => new Webhook(secret).sign(delivery.messageId, at, body)).join(' '),
    }
  }

  /** Builds the body once, through the subscription's policy; every retry sends the same bytes. */
  private async preparePayload(delivery: DeliveryRow, hook: WebhookRow): Promise<string> {
    const event = delivery.eventId === null ? null : await findEvent(this.db, delivery.eventId)
    if (!event) throw new Error(`delivery ${delivery.id} has neither a payload nor an event`)
    const body = JSON.stringify(await this.payloads.build(event, await this.policyOf(hook)))
    const [stored] = await this.db
      .update(webhookDeliveries)
      .set({ payload: body })
      .where(and(eq(webhookDeliveries.id, delivery.id), isNull(webhookDeliveries.payload)))
      .returning({ payload: webhookDeliveries.payload })
    if (stored?.payload) return stored.payload
    const [existing] = await this.db.select({ payload: webhookDeliveries.payload }).from(webhookDeliveries).where(eq(webhookDeliveries.id, delivery.id))
    return existing?.payload ?? body
  }

  private async policyOf(hook: WebhookRow): Promise<ContentPolicy | null> {
    if (hook.policyKeyId === null) return null
    const [key] = await this.db.select({ policy: apiKeys.policy }).from(apiKeys).where(eq(apiKeys.id, hook.policyKeyId))
    return (key?.policy as ContentPolicy | null | undefined) ?? null
  }

  private async record(
    delivery: DeliveryRow,
    hook: WebhookRow,
    result: { startedAt: Date; durationMs: number; status: number | null; error: string | null; retryAfter: number | undefined },
  ): Promise<void> {
    const succeeded = result.status !== null && result.status >= 200 && result.status < 300
    const gone = result.status === GONE
    const delay = this.options.retryDelaysMs[delivery.attempts - 1]
    const retry = !succeeded && !gone && delay !== undefined
    const wait = retry ? Math.max(jitter(delay), Math.min(result.retryAfter ?? 0, MAX_RETRY_AFTER_MS)) : 0
    const nextAttemptAt = retry ? new Date(Date.now() + wait) : null
    const outcome = succeeded ? 'succeeded' : gone ? 'disabled' : retry ? 'retrying' : 'failed'
    const lastError = result.error ?? (succeeded ? null : `the receiver answered ${result.status}`)
    await this.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(webhookDeliveries)
        .set({
          state: succeeded ? 'succeeded' : retry ? 'pending' : 'failed',
          nextAttemptAt: nextAttemptAt ?? sql`${webhookDeliveries.nextAttemptAt}`,
          leaseUntil: null,
          lastStatus: result.status,
          lastError,
          updatedAt: sql`now()`,
        })
        // Only the holder of this attempt records it (a lease that ran out was claimed again elsewhere).
        .where(and(eq(webhookDeliveries.id, delivery.id), eq(webhookDeliveries.state, 'delivering'), eq(webhookDeliveries.attempts, delivery.attempts)))
        .returning({ id: webhookDeliveries.id })
      if (!updated) return
      this.attemptCounts[outcome]++
      await tx.insert(webhookAttempts).values({
        deliveryId: delivery.id,
        attempt: delivery.attempts,
        startedAt: result.startedAt,
        durationMs: result.durationMs,
        responseStatus: result.status,
        error: result.error,
        outcome,
        nextAttemptAt,
      })
      if (gone) {
        const reason = `The receiver answered 410 Gone to delivery ${delivery.id}; re-enable the subscription to resume.`
        await tx
          .update(webhooks)
          .set({ enabled: false, disabledReason: reason, revision: sql`${webhooks.revision} + 1`, updatedAt: sql`now()` })
          .where(eq(webhooks.id, hook.id))
        await appendAudit(tx, webhookDelivery, { action: 'webhook.disable', target: `webhook:${hook.id}`, detail: { reason, deliveryId: delivery.id } })
      }
    })
    if (outcome === 'failed') {
      this.log.warn({ webhookId: hook.id, deliveryId: delivery.id, attempts: delivery.attempts }, 'webhooks: a delivery failed on its last attempt')
    }
    if (outcome === 'disabled') {
      this.log.warn({ webhookId: hook.id, deliveryId: delivery.id }, 'webhooks: the receiver answered 410; the subscription is disabled')
    }
  }
}

/** The delay, give or take a fifth, so receivers that failed together are not retried together. */
function jitter(delay: number): number {
  return Math.round(delay * (0.8 + Math.random() * 0.4))
}

function describe(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code
    return typeof code === 'string' ? `${code}: ${error.message}` : error.message
  }
  return String(error)
}
