import type { MercuriusContext } from 'mercurius'
import type { QueryResolvers } from './generated.js'

// The change feed only translates: the service validates `since`, `first` and `after` as it does for REST.
const changes = (context: MercuriusContext) => context.services.changes

export const changeQueries: Pick<QueryResolvers, 'changes'> = {
  changes: async (_root, args, context) => {
    // The one translation: GraphQL enum values (PROMPT) name the types REST spells prompt.
    const type = args.type ? args.type.toLowerCase() : undefined
    const page = await changes(context).page(context.reads.reader, { since: args.since, type, limit: args.first, cursor: args.after })
    const edges = page.items.map((node, index) => ({ cursor: page.cursorAfter(index), node }))
    return {
      since: page.since,
      until: page.until,
      nextSince: page.nextSince,
      edges,
      nodes: page.items,
      pageInfo: { hasNextPage: page.nextCursor !== null, endCursor: edges.at(-1)?.cursor ?? null },
    }
  },
}
