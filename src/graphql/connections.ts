import { z } from 'zod'
import { cursorAt, readPage, type PageRequest } from '../http/cursor.js'
import { cursorQuery, limitQuery } from '../http/schemas.js'
import { parseArguments } from './arguments.js'
import type { Served } from './models.js'

export interface Connection<T> {
  release: number
  edges: { cursor: string; node: Served<T> }[]
  nodes: Served<T>[]
  pageInfo: { hasNextPage: boolean; endCursor: string | null }
}

export function connection<T extends object>(
  page: Pick<PageRequest, 'filterKey' | 'offset'>,
  releaseId: number,
  items: T[],
  hasMore: boolean,
): Connection<T> {
  const edges = items.map((item, index) => ({
    cursor: cursorAt(page, releaseId, page.offset + index + 1),
    node: { ...item, release: releaseId },
  }))
  return {
    release: releaseId,
    edges,
    nodes: edges.map((edge) => edge.node),
    pageInfo: { hasNextPage: hasMore, endCursor: edges.at(-1)?.cursor ?? null },
  }
}

const relationPage = z.strictObject({ limit: limitQuery, cursor: cursorQuery })

/** A page of an in-memory relation list (a topic's prompts...), with cursors bound to the parent. */
export function relationConnection<T extends object>(
  all: T[],
  args: { first?: number | null; after?: string | null },
  releaseId: number,
  parentKey: string,
): Connection<T> {
  const { limit, cursor } = parseArguments(relationPage, { limit: args.first, cursor: args.after })
  const page = readPage({ release: releaseId, limit, cursor }, { parent: parentKey })
  return connection(page, releaseId, all.slice(page.offset, page.offset + page.limit), all.length > page.offset + page.limit)
}
