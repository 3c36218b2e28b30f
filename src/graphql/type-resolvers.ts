import type { Resolvers } from './generated.js'
import type { SearchResultModel } from './models.js'
import { editorialQueries, mutationResolvers } from './editorial-resolvers.js'
import { queryResolvers } from './query-resolvers.js'

export const resolvers: Resolvers = {
  Query: { ...queryResolvers, ...editorialQueries },
  Mutation: mutationResolvers,
  Activity: {
    topics: (activity) => activity.topics.map((item) => ({ ...item, release: activity.release })),
  },
  SearchResult: {
    __resolveType: (result) => (result as SearchResultModel).__typename,
  },
}
