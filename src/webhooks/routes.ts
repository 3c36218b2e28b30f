import { callerOf } from '../caller/from-request.js'
import type { FastifyReply } from 'fastify'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { sendUncachedPage } from '../http/release-reply.js'
import { cursorQuery, ifMatchHeader, integerQuery, jsonResponse, limitQuery, listOf, MAX_INT, problemResponses } from '../http/schemas.js'
import { deliveryStates, webhookEventTypes, webhookId, type WebhookView } from './schemas.js'

const tags = ['Webhooks']
const admin = { scope: ['webhooks:admin', 'keys:admin'] as const }

const exampleWebhook: WebhookView = {
  id: 'wh_3k9x2m7q1p5v8c4d',
  url: 'https://portal.lincoln-middle.example.org/hooks/content',
  description: 'Lincoln Middle School portal: review each release',
  eventTypes: ['release.published', 'release.rolled_back'],
  policyKeyId: 'k7Qm2xPa0000',
  enabled: true,
  disabledReason: null,
  previousSecretExpiresAt: null,
  revision: 1,
  etag: '"w1"',
  createdBy: 'Maria (integrations)',
  createdAt: '2026-12-01T09:00:00.000Z',
  updatedAt: '2026-12-01T09:00:00.000Z',
}

const webhookSchema = z
  .object({
    id: z.string(),
    url: z.string().describe('Where deliveries are POSTed: https, and a public address, unless this deployment allows private networks.'),
    description: z.string().nullable(),
    eventTypes: z.array(z.enum(webhookEventTypes)).describe('The events it receives.'),
    policyKeyId: z
      .string()
      .nullable()
      .describe('The API key whose content policy filters what payloads reveal (counts of changes it can see); null: no filter.'),
    enabled: z.boolean().describe('False after the receiver answered 410 Gone, or when disabled by hand; pending deliveries wait.'),
    disabledReason: z.string().nullable(),
    previousSecretExpiresAt: z.string().nullable().describe('After a rotation: until when the old secret signs too (a second signature).'),
    revision: z.number().int(),
    etag: z.string().describe('Also the `ETag` header; send it as `If-Match` to change the subscription.'),
    createdBy: z.string(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .meta({ id: 'Webhook', description: 'A webhook subscription. Its secret is shown only when created or rotated.', example: exampleWebhook })

const createdWebhook = webhookSchema
  .extend({ secret: z.string().describe('The signing secret (`whsec_...`). Shown only now: store it where the receiver can read it.') })
  .meta({ id: 'CreatedWebhook', example: { ...exampleWebhook, secret: 'whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw7TsXJ8vA2Ng=' } })

const attemptSchema = z.object({
  attempt: z.number().int(),
  startedAt: z.string(),
  durationMs: z.number().int(),
  responseStatus: z.number().int().nullable().describe('What the receiver answered; null when it did not (timeout, refused address, connection error).'),
  error: z.string().nullable(),
  outcome: z.enum(['succeeded', 'retrying', 'failed', 'disabled']),
  nextAttemptAt: z.string().nullable().describe('When the next attempt was scheduled, if any.'),
})

const deliverySchema = z
  .object({
    id: z.number().int(),
    webhookId: z.string(),
    messageId: z.string().describe('The `webhook-id` header: the same on every attempt and replay of this message.'),
    eventId: z.number().int().nullable().describe('The event it carries; null for a test ping.'),
    eventType: z.string(),
    state: z.enum(deliveryStates).describe('pending (waiting for its first attempt, a retry, or an earlier delivery), delivering, succeeded or failed.'),
    replay: z.boolean().describe("A replay or a test ping: sent at once, outside the subscription's event order."),
    attempts: z.number().int(),
    nextAttemptAt: z.string().nullable().describe('When it is tried next, while pending.'),
    lastStatus: z.number().int().nullable(),
    lastError: z.string().nullable(),
    createdAt: z.string(),
    updatedAt: z.string(),
    attemptLog: z.array(attemptSchema).describe('Every attempt, first to last.'),
  })
  .meta({
    id: 'WebhookDelivery',
    description: 'One message to one subscription, with every attempt.',
    example: {
      id: 12,
      webhookId: exampleWebhook.id,
      messageId: 'msg_evt7',
      eventId: 7,
      eventType: 'release.published',
      state: 'succeeded',
      replay: false,
      attempts: 2,
      nextAttemptAt: null,
      lastStatus: 204,
      lastError: null,
      createdAt: '2026-12-01T09:30:00.000Z',
      updatedAt: '2026-12-01T09:30:05.900Z',
      attemptLog: [
        {
          attempt: 1,
          startedAt: '2026-12-01T09:30:00.020Z',
          durationMs: 41,
          responseStatus: 503,
          error: null,
          outcome: 'retrying',
          nextAttemptAt: '2026-12-01T09:30:05.800Z',
        },
        { attempt: 2, startedAt: '2026-12-01T09:30:05.810Z', durationMs: 35, responseStatus: 204, error: null, outcome: 'succeeded', nextAttemptAt: null },
      ],
    },
  })

const params = z.strictObject({ id: webhookId.describe('Webhook id.').meta({ example: exampleWebhook.id }) })
const deliveryParams = params.extend({ deliveryId: integerQuery(1, MAX_INT).describe('Delivery id.').meta({ example: 12 }) })
const noStore = { 'cache-control': { type: 'string', description: '`no-store`.' } }
const etagHeaders = { ...noStore, etag: { type: 'string', description: 'The subscription\'s ETag (`"w<revision>"`), for `If-Match`.' } }
const webhookResponse = (description: string) => ({ ...jsonResponse(webhookSchema, description), headers: etagHeaders })
const deliveryResponse = (description: string) => ({ ...jsonResponse(deliverySchema, description), headers: noStore })

const createBody = z
  .strictObject({
    url: z.string().max(2_000).describe('https URL of the receiver.'),
    eventTypes: z.array(z.enum(webhookEventTypes)).min(1).max(webhookEventTypes.length).describe('Events to receive.'),
    description: z.string().max(500).optional(),
    policyKeyId: z.string().max(12).optional().describe('An API key id: payloads reveal only what its content policy allows.'),
    secret: z.string().max(100).optional().describe('Your own `whsec_` secret (24 to 64 bytes in base64); one is made for you otherwise.'),
  })
  .meta({
    example: {
      url: exampleWebhook.url,
      eventTypes: exampleWebhook.eventTypes,
      description: exampleWebhook.description,
      policyKeyId: exampleWebhook.policyKeyId,
    },
  })

const updateBody = z
  .strictObject({
    url: z.string().max(2_000).optional(),
    eventTypes: z.array(z.enum(webhookEventTypes)).min(1).max(webhookEventTypes.length).optional(),
    description: z.string().max(500).nullable().optional(),
    policyKeyId: z.string().max(12).nullable().optional().describe('null removes the filter.'),
    enabled: z.boolean().optional().describe('true resumes a subscription disabled by a 410 or by hand; its pending deliveries go out in order.'),
  })
  .meta({ example: { enabled: true } })

function sendWebhook(reply: FastifyReply, webhook: WebhookView, status: 200 | 201 = 200) {
  if (status === 201) reply.header('location', `/v1/admin/webhooks/${webhook.id}`)
  return reply.code(status).header('etag', webhook.etag).header('cache-control', 'no-store').send(webhook)
}

export const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const { webhooks } = app.services

  app.post('/v1/admin/webhooks', {
    config: admin,
    schema: {
      tags,
      operationId: 'createWebhook',
      summary: 'Subscribe a URL to events',
      description:
        'Deliveries follow Standard Webhooks: `webhook-id`, `webhook-timestamp` and `webhook-signature` (HMAC-SHA256 of ' +
        '`id.timestamp.body` with the secret). They are retried with jittered backoff (about 5 s, 5 min, 30 min, 2 h, 5 h, ' +
        '10 h, 14 h, 20 h and 24 h), honour `Retry-After`, time out after 15 s, and go out in event order. A 410 answer ' +
        'disables the subscription. The URL must be https and resolve to public addresses (checked now and at every ' +
        'delivery) unless this deployment allows private networks. Needs `webhooks:admin` or `keys:admin`.',
      body: createBody,
      response: {
        201: {
          ...jsonResponse(createdWebhook, 'Created: the subscription, with its secret shown this once.'),
          headers: { ...etagHeaders, location: { type: 'string', description: '`/v1/admin/webhooks/{id}`.' } },
        },
        ...problemResponses(400, 401, 403, 415, 429),
      },
    },
    handler: async (request, reply) => {
      const created = await webhooks.create(callerOf(request), request.body)
      reply.header('location', `/v1/admin/webhooks/${created.id}`)
      return reply.code(201).header('etag', created.etag).header('cache-control', 'no-store').send(created)
    },
  })

  app.get('/v1/admin/webhooks', {
    config: admin,
    schema: {
      tags,
      operationId: 'listWebhooks',
      summary: 'List webhook subscriptions',
      description: 'In id order, without their secrets.',
      querystring: z.strictObject({ limit: limitQuery, cursor: cursorQuery.describe('Opaque cursor from `page.nextCursor` of the previous page.') }),
      response: { 200: { ...jsonResponse(listOf(webhookSchema), 'One page of subscriptions.'), headers: noStore }, ...problemResponses(400, 401, 403, 429) },
    },
    handler: async (request, reply) => {
      const page = await webhooks.list(callerOf(request), request.query)
      return sendUncachedPage(reply, request.query.limit, page)
    },
  })

  app.get('/v1/admin/webhooks/:id', {
    config: admin,
    schema: {
      tags,
      operationId: 'getWebhook',
      summary: 'One webhook subscription, with its ETag',
      description: "The subscription's URL, events, policy and state. Send its `ETag` as `If-Match` to change it. The secret is never shown again.",
      params,
      response: { 200: webhookResponse('The subscription.'), ...problemResponses(400, 401, 403, 404, 429) },
    },
    handler: async (request, reply) => sendWebhook(reply, await webhooks.get(callerOf(request), request.params.id)),
  })

  app.patch('/v1/admin/webhooks/:id', {
    config: admin,
    schema: {
      tags,
      operationId: 'updateWebhook',
      summary: 'Change a webhook subscription',
      description:
        'Its URL, events, description, policy key, or whether it is enabled. Needs `If-Match` with its ETag: 428 without it, 412 when it changed since.',
      params,
      headers: ifMatchHeader("The subscription's ETag, from its GET."),
      body: updateBody,
      response: { 200: webhookResponse('The changed subscription.'), ...problemResponses(400, 401, 403, 404, 412, 415, 428, 429) },
    },
    handler: async (request, reply) =>
      sendWebhook(reply, await webhooks.update(callerOf(request), request.params.id, request.body, request.headers['if-match'])),
  })

  app.delete('/v1/admin/webhooks/:id', {
    config: admin,
    schema: {
      tags,
      operationId: 'deleteWebhook',
      summary: 'Delete a webhook subscription and its delivery log',
      description: 'Stops all deliveries to the URL at once, pending retries included, and removes its delivery log.',
      params,
      response: {
        200: { ...jsonResponse(webhookSchema, 'Deleted, as it was; nothing more is sent to it.'), headers: noStore },
        ...problemResponses(400, 401, 403, 404, 429),
      },
    },
    handler: async (request, reply) => reply.header('cache-control', 'no-store').send(await webhooks.remove(callerOf(request), request.params.id)),
  })

  app.post('/v1/admin/webhooks/:id/rotate-secret', {
    config: admin,
    schema: {
      tags,
      operationId: 'rotateWebhookSecret',
      summary: "Rotate a webhook's signing secret",
      description:
        'A new secret, shown once. For the grace period (24 h by default) deliveries carry two signatures, one per ' +
        'secret, so the receiver can switch without missing one.',
      params,
      body: z.strictObject({ secret: z.string().max(100).optional().describe('Your own `whsec_` secret; one is made for you otherwise.') }).optional(),
      response: {
        200: { ...jsonResponse(createdWebhook, 'The subscription with its new secret, shown this once.'), headers: etagHeaders },
        ...problemResponses(400, 401, 403, 404, 415, 429),
      },
    },
    handler: async (request, reply) => {
      const rotated = await webhooks.rotateSecret(callerOf(request), request.params.id, request.body ?? {})
      return reply.header('etag', rotated.etag).header('cache-control', 'no-store').send(rotated)
    },
  })

  app.get('/v1/admin/webhooks/:id/deliveries', {
    config: admin,
    schema: {
      tags,
      operationId: 'listWebhookDeliveries',
      summary: "A webhook's deliveries, newest first, with every attempt",
      description: 'Status, duration, response code and next retry of every attempt. Filter by `state`.',
      params,
      querystring: z.strictObject({
        state: z.enum(deliveryStates).optional().describe('Only deliveries in this state.'),
        limit: limitQuery,
        cursor: cursorQuery.describe('Opaque cursor from `page.nextCursor` of the previous page.'),
      }),
      response: { 200: { ...jsonResponse(listOf(deliverySchema), 'One page of deliveries.'), headers: noStore }, ...problemResponses(400, 401, 403, 404, 429) },
    },
    handler: async (request, reply) => {
      const page = await webhooks.deliveries(callerOf(request), request.params.id, request.query)
      return sendUncachedPage(reply, request.query.limit, page)
    },
  })

  app.get('/v1/admin/webhooks/:id/deliveries/:deliveryId', {
    config: admin,
    schema: {
      tags,
      operationId: 'getWebhookDelivery',
      summary: 'One delivery, with every attempt',
      description: "A delivery's message and state, and each attempt: when, how long, the receiver's status code, and the next retry.",
      params: deliveryParams,
      response: { 200: deliveryResponse('The delivery.'), ...problemResponses(400, 401, 403, 404, 429) },
    },
    handler: async (request, reply) =>
      reply.header('cache-control', 'no-store').send(await webhooks.delivery(callerOf(request), request.params.id, request.params.deliveryId)),
  })

  app.post('/v1/admin/webhooks/:id/deliveries/:deliveryId/replay', {
    config: admin,
    schema: {
      tags,
      operationId: 'replayWebhookDelivery',
      summary: "Send a delivery's message again, now",
      description:
        'The same `webhook-id` and body, as a new delivery outside the event order, attempted before this answers ' +
        '(and retried on the usual schedule if it fails). 409 while the subscription is disabled.',
      params: deliveryParams,
      response: { 200: deliveryResponse('The new delivery, after its first attempt.'), ...problemResponses(400, 401, 403, 404, 409, 429) },
    },
    handler: async (request, reply) =>
      reply.header('cache-control', 'no-store').send(await webhooks.replay(callerOf(request), request.params.id, request.params.deliveryId)),
  })

  app.post('/v1/admin/webhooks/:id/test', {
    config: admin,
    schema: {
      tags,
      operationId: 'testWebhook',
      summary: 'Send a test ping',
      description:
        'A signed `webhook.test` delivery, attempted before this answers; its attempt shows what the receiver said. 409 while the subscription is disabled.',
      params,
      response: { 200: deliveryResponse('The test delivery, after its first attempt.'), ...problemResponses(400, 401, 403, 404, 409, 429) },
    },
    handler: async (request, reply) => reply.header('cache-control', 'no-store').send(await webhooks.test(callerOf(request), request.params.id)),
  })
}
