import { callerOf } from '../caller/from-request.js'
import type { MercuriusContext } from 'mercurius'
import type { QueryResolvers } from './generated.js'

// The audit field only translates: the service validates the filters and checks the scope.
const audit = (context: MercuriusContext) => context.services.audit

export const auditQueries: Pick<QueryResolvers, 'auditLog'> = {
  auditLog: async (_root, { first, after, ...filters }, context) => {
    const page = await audit(context).list(callerOf(context.reply.request), { ...filters, limit: first, cursor: after })
    return { nodes: page.items, nextAfter: page.nextCursor }
  },
}
