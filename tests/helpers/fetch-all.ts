import type { App } from '../../src/app.js'

/** Follows nextCursor until the last page and returns every item. */
export async function fetchAll<T>(app: App, path: string, headers: Record<string, string> = {}): Promise<T[]> {
  const items: T[] = []
  const separator = path.includes('?') ? '&' : '?'
  let url = `${path}${separator}limit=100`
  for (let pages = 0; pages < 1_000; pages++) {
    const response = await app.inject({ url, headers })
    if (response.statusCode !== 200) throw new Error(`${url} -> ${response.statusCode} ${response.payload}`)
    const body = response.json() as { data: T[]; page: { nextCursor: string | null } }
    items.push(...body.data)
    if (!body.page.nextCursor) return items
    url = `${path}${separator}limit=100&cursor=${body.page.nextCursor}`
  }
  throw new Error('too many pages')
}

/**
 * Every prompt the caller may read: lists leave out sensitive, deep and activity-only prompts unless
 * asked for, so this asks for them (everyday prompts first, then the activity-only ones).
 */
export async function fetchAllPrompts<T extends { settings: string[] }>(app: App, headers: Record<string, string> = {}): Promise<T[]> {
  const everyday = await fetchAll<T>(app, '/v1/prompts?includeSensitive=true', headers)
  const forActivities = await fetchAll<T>(app, '/v1/prompts?includeSensitive=true&setting=activity', headers)
  return [...everyday, ...forActivities.filter((prompt) => prompt.settings.length === 1 && prompt.settings[0] === 'activity')]
}
