import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { z } from 'zod'
import { AppError, errorCatalogue, problemType, type ErrorCode } from '../errors.js'

const entries = Object.entries(errorCatalogue).map(([code, entry]) => ({
  type: problemType(code as ErrorCode),
  code,
  ...entry,
}))

/** Makes each problem `type` URI resolve to its catalogue entry. */
export const problemRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get('/problems', { schema: { hide: true } }, async () => ({ data: entries }))
  app.get('/problems/:slug', { schema: { hide: true, params: z.object({ slug: z.string().max(60) }) } }, async (request) => {
    const entry = entries.find((item) => item.type === `/problems/${request.params.slug}`)
    if (!entry) throw new AppError('ROUTE_NOT_FOUND', 'No problem type has this name; GET /problems lists them all.')
    return entry
  })
}
