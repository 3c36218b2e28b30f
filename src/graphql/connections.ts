import type { Paged } from '../read/paging.js'
import type { Served } from './models.js'

export interface Connection<T> {
  release: number
  edges: { cursor: string; node: Served<T> }[]
  nodes: Served<T>[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

/** A service's page as a Relay connection, each node stamped with the release that served it. */
export function connection<T extends object>(releaseId: number, page: Paged<T>): Connection<T> {
  const edges = page.items.map((item, index) => ({ cursor: page.cursorAfter(index), node: { ...item, release: releaseId } }))
  return {
    release: releaseId,
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: { hasNextPage: page.nextCursor !== null, endCursor: edges.at(-1)?.cursor ?? null },
  }
}
