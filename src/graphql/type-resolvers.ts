import type { Resolvers } from './generated.js'
import type { SearchResultModel } from './models.js'
import { queryResolvers } from './query-resolvers.js'

export const resolvers: Resolvers = {
  Query: queryResolvers,
  Activity: {
    topics: (activity) => activity.topics.map((item) => ({ ...item, release: activity.release })),
  },
  SearchResult: {
    __resolveType: (result) => (result as SearchResultModel).__typename,
  },
}
