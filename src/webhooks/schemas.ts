import { z } from 'zod'
import { cursorCodec } from '../cursor.js'
import { eventTypes } from '../events/repository.js'
import { MAX_INT } from '../http/schemas.js'
import { keyId } from '../keys/schemas.js'

// What the webhook use cases take and give: inputs validated by WebhookService, views REST and GraphQL return.
export const webhookEventTypes = eventTypes
export const deliveryStates = ['pending', 'delivering', 'succeeded', 'failed'] as const

// Standard Webhooks secrets: whsec_ and 24 to 64 random bytes in base64.
export const SECRET = /^whsec_[A-Za-z0-9+/]{32,86}={0,2}$/
export const secretInput = z
  .string()
  .max(100, 'must be at most 100 characters: whsec_ and 24 to 64 bytes in base64')
  .regex(SECRET, 'must be whsec_ followed by 24 to 64 bytes in base64')
  .refine((value) => {
    const bytes = Buffer.from(value.slice('whsec_'.length), 'base64').length
    return bytes >= 24 && bytes <= 64
  }, 'must hold 24 to 64 bytes')
export const url = z.string().trim().min(1).max(2_000)
export const types = z
  .array(z.enum(webhookEventTypes))
  .min(1)
  .max(webhookEventTypes.length)
  .refine((items) => new Set(items).size === items.length, 'must not repeat an event type')
export const description = z.string().trim().max(500)
export const webhookId = z
  .string()
  .max(19)
  .regex(/^wh_[a-z0-9]{16}$/, 'must be a webhook id such as wh_3k9x2m7q1p5v8c4d')
export const deliveryId = z.number().int().positive().max(MAX_INT)

export const createInput = z.strictObject({
  url,
  eventTypes: types,
  description: description.optional(),
  policyKeyId: keyId.optional(),
  secret: secretInput.optional(),
})
export const updateInput = z.strictObject({
  url: url.optional(),
  eventTypes: types.optional(),
  description: description.nullable().optional(),
  policyKeyId: keyId.nullable().optional(),
  enabled: z.boolean().optional(),
})
export const listInput = z.strictObject({ limit: z.number().int().min(1).max(100).default(20), cursor: z.string().max(200).optional() })
// Webhooks page in id order; their cursor has always tolerated fields besides `after`.
export const webhookCursor = cursorCodec(z.object({ after: webhookId }))
export const deliveriesInput = listInput.extend({ state: z.enum(deliveryStates).optional() })

export type WebhookEventType = (typeof webhookEventTypes)[number]

export interface WebhookView {
  id: string
  url: string
  description: string | null
  eventTypes: WebhookEventType[]
  policyKeyId: string | null
  enabled: boolean
  disabledReason: string | null
  previousSecretExpiresAt: string | null
  revision: number
  etag: string
  createdBy: string
  createdAt: string
  updatedAt: string
}

export interface AttemptView {
  attempt: number
  startedAt: string
  durationMs: number
  responseStatus: number | null
  error: string | null
  outcome: 'succeeded' | 'retrying' | 'failed' | 'disabled'
  nextAttemptAt: string | null
}

export interface DeliveryView {
  id: number
  webhookId: string
  messageId: string
  eventId: number | null
  eventType: string
  state: (typeof deliveryStates)[number]
  replay: boolean
  attempts: number
  nextAttemptAt: string | null
  lastStatus: number | null
  lastError: string | null
  createdAt: string
  updatedAt: string
  attemptLog: AttemptView[]
}
