import type { FastifyInstance } from 'fastify'
import fp from 'fastify-plugin'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** Query or body fields of this route that are deprecated: a request using one is told so in headers. */
    deprecatedInputs?: readonly DeprecatedInput[]
  }
}

export interface DeprecatedInput {
  name: string
  /** The day it was deprecated and the day it may be removed, YYYY-MM-DD (README, "Versioning and deprecation"). */
  deprecated: string
  sunset: string
}

/** `excludeSensitive` on lists, the daily prompt and conversation plans; `includeSensitive` replaces it. */
export const excludeSensitiveAlias: DeprecatedInput = { name: 'excludeSensitive', deprecated: '2026-12-07', sunset: '2027-06-30' }

const day = (date: string) => new Date(`${date}T00:00:00Z`)

/**
 * RFC 9745 `Deprecation` (the day it was deprecated), RFC 8594 `Sunset` (the day it may be removed) and
 * a `Link` to where the replacement is described, on every answer to a request that uses a deprecated
 * input. Set before the response cache answers, so hits carry them as misses do.
 */
export const deprecationPlugin = fp(
  async (app: FastifyInstance) => {
    app.addHook('preValidation', async (request, reply) => {
      const inputs = request.routeOptions.config?.deprecatedInputs
      if (!inputs) return
      const used = inputs.filter((input) => hasField(request.query, input.name) || hasField(request.body, input.name))
      if (used.length === 0) return
      const first = used.reduce((earliest, input) => (input.sunset < earliest.sunset ? input : earliest))
      reply.header('deprecation', `@${day(first.deprecated).getTime() / 1000}`)
      reply.header('sunset', day(first.sunset).toUTCString())
      reply.header('link', '</docs>; rel="deprecation"; type="text/html"')
    })
  },
  { name: 'deprecation' },
)

function hasField(value: unknown, name: string): boolean {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && Object.hasOwn(value, name) && (value as Record<string, unknown>)[name] !== undefined
  )
}
