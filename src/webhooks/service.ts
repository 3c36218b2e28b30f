import { randomBytes, randomUUID } from 'node:crypto'
import { and, desc, eq, inArray, lt, sql } from 'drizzle-orm'
import { z } from 'zod'
import { appendAudit } from '../audit/writer.js'
import { changedSinceRead, ifMatchHolds, ifMatchRequired, requireScope, type Caller, type Conditional } from '../caller/caller.js'
import type { AppDatabase } from '../db/database.js'
import { apiKeys, webhookAttempts, webhookDeliveries, webhooks } from '../db/schema.js'
import { AppError } from '../errors.js'
import { parseInput } from '../read/input.js'
import { beforeIdCursor, decodeBeforeIdCursor } from '../read/paging.js'
import { checkUrl, DestinationRefused, resolveDestination, type DestinationPolicy } from './destination.js'
import type { DeliveryRow, WebhookDispatcher, WebhookRow } from './dispatcher.js'
import {
  deliveryStates,
  secretInput,
  webhookId,
  deliveryId,
  createInput,
  updateInput,
  listInput,
  webhookCursor,
  deliveriesInput,
  type WebhookEventType,
  type WebhookView,
  type DeliveryView,
} from './schemas.js'

const ADMIN = ['webhooks:admin', 'keys:admin'] as const

/** Webhook subscriptions and their delivery log; REST and GraphQL both call this, scopes checked here. */
export class WebhookService {
  constructor(
    private readonly db: AppDatabase,
    private readonly dispatcher: WebhookDispatcher,
    private readonly destinations: DestinationPolicy,
    private readonly secretGraceMs: number,
  ) {}

  async create(editor: Caller, input: Record<string, unknown>): Promise<WebhookView & { secret: string }> {
    requireScope(editor, ...ADMIN)
    const values = parseInput(createInput, input)
    await this.checkDestination(values.url)
    await this.checkPolicyKey(values.policyKeyId)
    const secret = values.secret ?? newSecret()
    const row = await this.db.transaction(async (tx) => {
      const [created] = await tx
        .insert(webhooks)
        .values({
          id: `wh_${randomBytes(10).toString('hex').slice(0, 16)}`,
          url: values.url,
          description: values.description ?? null,
          eventTypes: values.eventTypes,
          policyKeyId: values.policyKeyId ?? null,
          secret,
          createdByKeyId: editor.keyId,
          createdByName: editor.name,
        })
        .returning()
      await appendAudit(tx, editor, { action: 'webhook.create', target: `webhook:${created!.id}`, detail: summary(created!) })
      return created!
    })
    return { ...view(row), secret }
  }

  async list(editor: Caller, input: Record<string, unknown>): Promise<{ items: WebhookView[]; nextCursor: string | null }> {
    requireScope(editor, ...ADMIN)
    const { limit, cursor } = parseInput(listInput, input)
    const after = cursor === undefined ? undefined : webhookCursor.decode(cursor).after
    const rows = await this.db
      .select()
      .from(webhooks)
      .where(after === undefined ? undefined : sql`${webhooks.id} > ${after}`)
      .orderBy(webhooks.id)
      .limit(limit + 1)
    const items = rows.slice(0, limit).map(view)
    return { items, nextCursor: rows.length > limit ? webhookCursor.encode({ after: items.at(-1)!.id }) : null }
  }

  async get(editor: Caller, id: unknown): Promise<WebhookView> {
    requireScope(editor, ...ADMIN)
    return view(await this.find(id))
  }

  /** Changes a subscription; If-Match must name its current ETag. Re-enabling resumes its pending deliveries. */
  async update(editor: Caller, id: unknown, input: Record<string, unknown>, ifMatch: string | undefined): Promise<WebhookView> {
    requireScope(editor, ...ADMIN)
    const current = await this.find(id)
    const changes = parseInput(updateInput, input, 'kept')
    if (ifMatch === undefined) throw ifMatchRequired(conditional(current))
    if (changes.url !== undefined) await this.checkDestination(changes.url)
    if (changes.policyKeyId) await this.checkPolicyKey(changes.policyKeyId)
    const row = await this.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(webhooks)
        .set({
          ...(changes.url === undefined ? {} : { url: changes.url }),
          ...(changes.eventTypes === undefined ? {} : { eventTypes: changes.eventTypes }),
          ...(changes.description === undefined ? {} : { description: changes.description }),
          ...(changes.policyKeyId === undefined ? {} : { policyKeyId: changes.policyKeyId }),
          ...(changes.enabled === undefined ? {} : { enabled: changes.enabled, disabledReason: changes.enabled ? null : `Disabled by ${editor.name}.` }),
          revision: sql`${webhooks.revision} + 1`,
          updatedAt: sql`now()`,
        })
        .where(and(eq(webhooks.id, current.id), eq(webhooks.revision, revisionMatching(ifMatch, current))))
        .returning()
      if (!updated) throw stale(current)
      await appendAudit(tx, editor, {
        action: 'webhook.update',
        target: `webhook:${current.id}`,
        detail: { changes: Object.keys(changes), ...summary(updated) },
      })
      return updated
    })
    if (row.enabled) this.dispatcher.kick()
    return view(row)
  }

  /** Deletes a subscription and its delivery log; nothing more is sent to it. */
  async remove(editor: Caller, id: unknown): Promise<WebhookView> {
    requireScope(editor, ...ADMIN)
    const current = await this.find(id)
    await this.db.transaction(async (tx) => {
      await tx.delete(webhooks).where(eq(webhooks.id, current.id))
      await appendAudit(tx, editor, { action: 'webhook.delete', target: `webhook:${current.id}`, detail: summary(current) })
    })
    return view(current)
  }

  /** A new secret, shown once; the old one keeps signing too (two signatures) for the grace period. */
  async rotateSecret(editor: Caller, id: unknown, input: Record<string, unknown>): Promise<WebhookView & { secret: string }> {
    requireScope(editor, ...ADMIN)
    const current = await this.find(id)
    const { secret: chosen } = parseInput(z.strictObject({ secret: secretInput.optional() }), input)
    const secret = chosen ?? newSecret()
    const row = await this.db.transaction(async (tx) => {
      const [updated] = await tx
        .update(webhooks)
        .set({
          secret,
          previousSecret: current.secret,
          previousSecretExpiresAt: new Date(Date.now() + this.secretGraceMs),
          revision: sql`${webhooks.revision} + 1`,
          updatedAt: sql`now()`,
        })
        .where(eq(webhooks.id, current.id))
        .returning()
      await appendAudit(tx, editor, {
        action: 'webhook.rotate-secret',
        target: `webhook:${current.id}`,
        detail: { previousSecretExpiresAt: updated!.previousSecretExpiresAt!.toISOString() },
      })
      return updated!
    })
    return { ...view(row), secret }
  }

  async deliveries(editor: Caller, id: unknown, input: Record<string, unknown>): Promise<{ items: DeliveryView[]; nextCursor: string | null }> {
    requireScope(editor, ...ADMIN)
    const hook = await this.find(id)
    const { limit, cursor, state } = parseInput(deliveriesInput, input)
    const before = decodeBeforeIdCursor(cursor)
    const rows = await this.db
      .select()
      .from(webhookDeliveries)
      .where(
        and(
          eq(webhookDeliveries.webhookId, hook.id),
          state === undefined ? undefined : eq(webhookDeliveries.state, state),
          before === undefined ? undefined : lt(webhookDeliveries.id, before),
        ),
      )
      .orderBy(desc(webhookDeliveries.id))
      .limit(limit + 1)
    const page = rows.slice(0, limit)
    return { items: await this.withAttempts(page), nextCursor: rows.length > limit ? beforeIdCursor(page.at(-1)!.id) : null }
  }

  async delivery(editor: Caller, id: unknown, delivery: unknown): Promise<DeliveryView> {
    requireScope(editor, ...ADMIN)
    return (await this.withAttempts([await this.findDelivery(await this.find(id), delivery)]))[0]!
  }

  /**
   * Sends a delivery's message again, now, out of order: the same webhook-id and body (receivers
   * de-duplicate on the id), as a new delivery with its own attempts. Answers once it was attempted.
   */
  async replay(editor: Caller, id: unknown, delivery: unknown): Promise<DeliveryView> {
    requireScope(editor, ...ADMIN)
    const hook = await this.enabled(await this.find(id))
    const original = await this.findDelivery(hook, delivery)
    return this.sendNow(
      editor,
      hook,
      'webhook.replay',
      {
        webhookId: hook.id,
        eventId: original.eventId,
        messageId: original.messageId,
        eventType: original.eventType,
        payload: original.payload,
        state: 'pending',
        ordered: false,
      },
      { replayOf: original.id },
    )
  }

  /** Sends a `webhook.test` ping now and answers with its attempt. */
  async test(editor: Caller, id: unknown): Promise<DeliveryView> {
    requireScope(editor, ...ADMIN)
    const hook = await this.enabled(await this.find(id))
    const payload = {
      type: 'webhook.test',
      timestamp: new Date().toISOString(),
      data: { webhookId: hook.id, note: `A test delivery requested by ${editor.name}.` },
    }
    return this.sendNow(editor, hook, 'webhook.test', {
      webhookId: hook.id,
      eventId: null,
      messageId: `msg_test${randomUUID().replaceAll('-', '')}`,
      eventType: 'webhook.test',
      payload: JSON.stringify(payload),
      state: 'pending',
      ordered: false,
    })
  }

  private async sendNow(
    editor: Caller,
    hook: WebhookRow,
    action: string,
    values: typeof webhookDeliveries.$inferInsert,
    detail: Record<string, unknown> = {},
  ): Promise<DeliveryView> {
    const created = await this.db.transaction(async (tx) => {
      const [row] = await tx.insert(webhookDeliveries).values(values).returning()
      await appendAudit(tx, editor, { action, target: `webhook:${hook.id}`, detail: { deliveryId: row!.id, messageId: row!.messageId, ...detail } })
      return row!
    })
    await this.dispatcher.deliverOnce(created.id)
    return (await this.withAttempts([await this.findDelivery(hook, created.id)]))[0]!
  }

  /** Deliveries by state, across every instance (for /metrics): pending ones are the queue. */
  async deliveryCounts(): Promise<Record<(typeof deliveryStates)[number], number>> {
    const rows = await this.db
      .select({ state: webhookDeliveries.state, count: sql<number>`count(*)::int` })
      .from(webhookDeliveries)
      .groupBy(webhookDeliveries.state)
    const counts = { pending: 0, delivering: 0, succeeded: 0, failed: 0 }
    for (const row of rows) counts[row.state] = Number(row.count)
    return counts
  }

  private async withAttempts(rows: DeliveryRow[]): Promise<DeliveryView[]> {
    if (rows.length === 0) return []
    const attempts = await this.db
      .select()
      .from(webhookAttempts)
      .where(
        inArray(
          webhookAttempts.deliveryId,
          rows.map((row) => row.id),
        ),
      )
      .orderBy(webhookAttempts.deliveryId, webhookAttempts.attempt)
    return rows.map((row) => ({
      id: row.id,
      webhookId: row.webhookId,
      messageId: row.messageId,
      eventId: row.eventId,
      eventType: row.eventType,
      state: row.state,
      replay: !row.ordered,
      attempts: row.attempts,
      nextAttemptAt: row.state === 'pending' ? row.nextAttemptAt.toISOString() : null,
      lastStatus: row.lastStatus,
      lastError: row.lastError,
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
      attemptLog: attempts
        .filter((attempt) => attempt.deliveryId === row.id)
        .map((attempt) => ({
          attempt: attempt.attempt,
          startedAt: attempt.startedAt.toISOString(),
          durationMs: attempt.durationMs,
          responseStatus: attempt.responseStatus,
          error: attempt.error,
          outcome: attempt.outcome,
          nextAttemptAt: attempt.nextAttemptAt?.toISOString() ?? null,
        })),
    }))
  }

  private async find(id: unknown): Promise<WebhookRow> {
    const value = parseInput(z.strictObject({ id: webhookId }), { id }).id
    const [row] = await this.db.select().from(webhooks).where(eq(webhooks.id, value))
    if (!row) throw new AppError('WEBHOOK_NOT_FOUND', `No webhook ${value}.`)
    return row
  }

  private async findDelivery(hook: WebhookRow, id: unknown): Promise<DeliveryRow> {
    const value = parseInput(z.strictObject({ deliveryId }), { deliveryId: id }).deliveryId
    const [row] = await this.db
      .select()
      .from(webhookDeliveries)
      .where(and(eq(webhookDeliveries.id, value), eq(webhookDeliveries.webhookId, hook.id)))
    if (!row) throw new AppError('DELIVERY_NOT_FOUND', `Webhook ${hook.id} has no delivery ${value}.`)
    return row
  }

  private async enabled(hook: WebhookRow): Promise<WebhookRow> {
    if (!hook.enabled) {
      throw new AppError('WEBHOOK_DISABLED', `Webhook ${hook.id} is disabled${hook.disabledReason ? `: ${hook.disabledReason}` : ''} Enable it first.`)
    }
    return hook
  }

  /** The URL's form, and where its name points now; delivery checks again, every time. */
  private async checkDestination(value: string): Promise<void> {
    try {
      await resolveDestination(checkUrl(value, this.destinations), this.destinations)
    } catch (error) {
      if (!(error instanceof DestinationRefused)) throw error
      throw new AppError('VALIDATION_FAILED', `The webhook URL ${error.message}.`, [{ location: 'body', field: 'url', message: error.message }])
    }
  }

  private async checkPolicyKey(id: string | undefined): Promise<void> {
    if (id === undefined) return
    const [key] = await this.db.select({ id: apiKeys.id }).from(apiKeys).where(eq(apiKeys.id, id))
    if (!key) {
      throw new AppError('VALIDATION_FAILED', `No API key ${id} to take a content policy from.`, [
        { location: 'body', field: 'policyKeyId', message: 'is not an API key id' },
      ])
    }
  }
}

function newSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`
}

export function etagOf(row: Pick<WebhookRow, 'revision'>): string {
  return `"w${row.revision}"`
}

/** The revision an If-Match names when it holds, else one no row has (the update then matches nothing). */
function revisionMatching(ifMatch: string, current: WebhookRow): number {
  return ifMatchHolds(ifMatch, etagOf(current)) ? current.revision : -1
}

/** The subscription as a conditional write names it. */
function conditional(row: WebhookRow): Conditional {
  return { label: `Webhook ${row.id}`, etag: etagOf(row), readAt: `/v1/admin/webhooks/${row.id}` }
}

function stale(row: WebhookRow) {
  return changedSinceRead(conditional(row))
}

function summary(row: WebhookRow) {
  return { url: row.url, eventTypes: row.eventTypes, policyKeyId: row.policyKeyId, enabled: row.enabled }
}

function view(row: WebhookRow): WebhookView {
  return {
    id: row.id,
    url: row.url,
    description: row.description,
    eventTypes: row.eventTypes as WebhookEventType[],
    policyKeyId: row.policyKeyId,
    enabled: row.enabled,
    disabledReason: row.disabledReason,
    previousSecretExpiresAt: row.previousSecretExpiresAt && row.previousSecretExpiresAt > new Date() ? row.previousSecretExpiresAt.toISOString() : null,
    revision: row.revision,
    etag: etagOf(row),
    createdBy: row.createdByName,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  }
}
