import { callerOf } from '../caller/from-request.js'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { jsonResponse, problemResponses } from '../http/schemas.js'
import { apiKeyView, createdKey, createKeyBody, keyId } from './schemas.js'

const tags = ['Keys']
const config = { scope: 'keys:admin' as const }
const keyParams = z.strictObject({ id: keyId })

export const keyRoutes: FastifyPluginAsyncZod = async (app) => {
  const { keys } = app.services

  app.post('/v1/admin/keys', {
    config,
    schema: {
      operationId: 'createKey',
      tags,
      summary: 'Create an API key',
      description:
        'The response holds the key itself, once: only a hash is stored. Scopes: `content:read`, `content:preview`, ' +
        '`content:write`, `content:publish`, `keys:admin`, `webhooks:admin`, `metrics:read`. A content policy limits everything the key reads; ' +
        'it cannot go with `content:write` or `content:publish` (400 naming both): the editorial routes show whole documents.',
      body: createKeyBody,
      response: { 201: jsonResponse(createdKey, 'The new key; store `key` now.'), ...problemResponses(400, 401, 403, 429) },
    },
    handler: async (request, reply) =>
      reply
        .code(201)
        .header('cache-control', 'no-store')
        .send(await keys.create(request.body, callerOf(request))),
  })

  app.get('/v1/admin/keys', {
    config,
    schema: {
      operationId: 'listKeys',
      tags,
      summary: 'List API keys',
      description: 'Every key, newest first, without secrets.',
      querystring: z.strictObject({}),
      response: { 200: jsonResponse(z.object({ data: z.array(apiKeyView) }), 'The keys.'), ...problemResponses(400, 401, 403, 429) },
    },
    handler: async (_request, reply) => reply.header('cache-control', 'no-store').send({ data: await keys.list() }),
  })

  app.get('/v1/admin/keys/:id', {
    config,
    schema: {
      operationId: 'getKey',
      tags,
      summary: 'One API key',
      description: "A key's name, scopes, policy, rate limit and dates. The secret is shown only when the key is made, never here.",
      params: keyParams,
      response: { 200: jsonResponse(apiKeyView, 'The key, without its secret.'), ...problemResponses(400, 401, 403, 404, 429) },
    },
    handler: async (request, reply) => reply.header('cache-control', 'no-store').send(await keys.get(request.params.id)),
  })

  app.delete('/v1/admin/keys/:id', {
    config,
    schema: {
      operationId: 'revokeKey',
      tags,
      summary: 'Revoke an API key',
      description: 'The key stops working at once, on every instance. The record stays.',
      params: keyParams,
      response: { 200: jsonResponse(apiKeyView, 'The revoked key.'), ...problemResponses(400, 401, 403, 404, 429) },
    },
    handler: async (request, reply) => reply.header('cache-control', 'no-store').send(await keys.revoke(request.params.id, callerOf(request))),
  })
}
