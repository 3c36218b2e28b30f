import type { Resolvers } from './generated.js'
import type { SearchResultModel } from './models.js'
import { auditQueries } from './audit-resolvers.js'
import { changeQueries } from './change-resolvers.js'
import { editorialQueries, mutationResolvers } from './editorial-resolvers.js'
import { historyMutations, historyQueries } from './history-resolvers.js'
import { queryResolvers } from './query-resolvers.js'
import { scheduleMutations, scheduleQueries } from './schedule-resolvers.js'
import { webhookMutations, webhookQueries } from './webhook-resolvers.js'
import { ReleaseSelector } from './release-selector.js'
import { nestedRelationResolvers } from './loaders.js'

export const resolvers: Resolvers = {
  ReleaseSelector,
  Query: { ...queryResolvers, ...editorialQueries, ...historyQueries, ...scheduleQueries, ...auditQueries, ...changeQueries, ...webhookQueries },
  Mutation: { ...mutationResolvers, ...historyMutations, ...scheduleMutations, ...webhookMutations },
  ...(nestedRelationResolvers as Resolvers),
  SearchResult: {
    __resolveType: (result) => (result as SearchResultModel).__typename,
  },
}
