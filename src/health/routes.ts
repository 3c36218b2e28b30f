import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { problemResponses } from '../http/release-reply.js'
import { AppError } from '../errors.js'

const tags = ['Operations']

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/healthz', {
    schema: {
      tags,
      summary: 'Liveness',
      description: 'Answers as long as the process serves HTTP.',
      response: { 200: z.object({ status: z.literal('ok') }) },
    },
    handler: async (_request, reply) => reply.header('cache-control', 'no-store').send({ status: 'ok' }),
  })

  app.get('/readyz', {
    schema: {
      tags,
      summary: 'Readiness',
      description: 'Ready when the database answers and a release is current.',
      response: {
        200: z.object({ status: z.literal('ready'), driver: z.enum(['pglite', 'postgres']), currentRelease: z.number().int() }),
        ...problemResponses(503),
      },
    },
    handler: async (_request, reply) => {
      let currentRelease: number | null
      try {
        await app.database.ping()
        currentRelease = await app.services.releases.currentId()
      } catch {
        throw new AppError('SERVICE_UNAVAILABLE', 'The database does not answer.')
      }
      if (currentRelease === null) throw new AppError('NO_CURRENT_RELEASE', 'No release is current yet.')
      return reply
        .header('cache-control', 'no-store')
        .send({ status: 'ready', driver: app.database.driver, currentRelease })
    },
  })
}
