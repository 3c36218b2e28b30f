import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { problemResponses } from '../http/release-reply.js'
import { AppError } from '../errors.js'

const tags = ['Operations']
// A probe must answer in time even when the database hangs: orchestrators time out after about a second.
const READY_DEADLINE_MS = 700

function withDeadline<T>(ms: number, work: () => Promise<T>): Promise<T> {
  let timer: NodeJS.Timeout | undefined
  const deadline = new Promise<never>((_resolve, reject) => {
    timer = setTimeout(() => reject(new Error('deadline passed')), ms)
  })
  const running = work()
  running.catch(() => {})
  return Promise.race([running, deadline]).finally(() => clearTimeout(timer))
}

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
      description: 'Ready when the database answers within 700 ms and a release is current; 503 with `Retry-After` otherwise.',
      response: {
        200: z.object({ status: z.literal('ready'), driver: z.enum(['pglite', 'postgres']), currentRelease: z.number().int() }),
        ...problemResponses(503),
      },
    },
    handler: async (_request, reply) => {
      let currentRelease: number | null
      try {
        currentRelease = await withDeadline(READY_DEADLINE_MS, async () => {
          await app.database.ping()
          return app.services.releases.currentId()
        })
      } catch {
        throw new AppError('SERVICE_UNAVAILABLE', `The database did not answer within ${READY_DEADLINE_MS} ms.`)
      }
      if (currentRelease === null) throw new AppError('NO_CURRENT_RELEASE', 'No release is current yet.')
      return reply
        .header('cache-control', 'no-store')
        .send({ status: 'ready', driver: app.database.driver, currentRelease })
    },
  })
}
