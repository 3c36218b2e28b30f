import { createHash } from 'node:crypto'

/** A stable pseudo-random order: the same seed and keys give the same order on every instance. */
export function seededOrder<T>(items: T[], seed: string, key: (item: T) => string): T[] {
  const ranked = items.map((item) => ({ item, rank: seededRank(seed, key(item)) }))
  return ranked.sort((a, b) => (a.rank < b.rank ? -1 : a.rank > b.rank ? 1 : 0)).map(({ item }) => item)
}

export function seededRank(seed: string, key: string): string {
  return createHash('sha256').update(seed).update('\u0000').update(key).digest('hex')
}
