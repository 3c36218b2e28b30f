import type { ContentPolicy } from '../../src/keys/schemas.js'

/** A snapshot a read is pinned to: a release id, or 'draft' for the preview of the pending drafts. */
export type Snapshot = number | 'draft'

/** A document as the unrestricted view lists it: its list record, with the fields the policies test. */
export interface Seen {
  id: string
  type: string
  slug: string
  record: Record<string, any>
}

/**
 * The content policy written out again from its description (src/keys/schemas.ts), not taken from
 * the SQL that enforces it: where the two disagree, the crawl says so.
 */
export function policyAllows(policy: ContentPolicy, doc: Seen): boolean {
  const r = doc.record
  if (policy.maxDepth !== undefined && typeof r.depth === 'number' && r.depth > policy.maxDepth) return false
  if (policy.excludeSensitive && r.sensitive === true) return false
  if (policy.ageMin !== undefined && typeof r.ageMax === 'number' && r.ageMax < policy.ageMin) return false
  if (policy.ageMax !== undefined && typeof r.ageMin === 'number' && r.ageMin > policy.ageMax) return false
  if (policy.excludeWarnings && (r.contentWarnings ?? []).some((warning: string) => policy.excludeWarnings!.includes(warning as never))) return false
  if (policy.excludeSituational && (r.situations ?? []).length > 0) return false
  if (policy.topics) {
    if (doc.type === 'topic') return policy.topics.includes(doc.slug)
    if (doc.type === 'section') return true
    const topics: string[] = (r.topics ?? []).map((item: string | { topic: string }) => (typeof item === 'string' ? item : item.topic))
    return topics.some((topic) => policy.topics!.includes(topic))
  }
  return true
}

/** Ids, slugs and former ids and slugs of a document: what names it. */
function names(doc: Seen): string[] {
  const former: string[] = doc.record.formerIds ?? []
  return [doc.id, doc.slug, ...former, ...former.map((id) => id.slice(id.indexOf(':') + 1))]
}

/** Every string in a JSON value, keys included. */
export function strings(value: unknown, out: string[] = []): string[] {
  if (typeof value === 'string') out.push(value)
  else if (Array.isArray(value)) for (const item of value) strings(item, out)
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      out.push(key)
      strings(item, out)
    }
  }
  return out
}

const WINDOW = 6
const BREAK = '\u2016'
const words = (text: string) =>
  text
    .replace(/<\/?mark>/g, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}'’\u2016]+/u)
    .filter(Boolean)
function windows(text: string): string[] {
  // Prose only: a slug or an id split at its hyphens is a name, checked as one.
  if (!/\s/.test(text)) return []
  // A slug or id inside prose ("No prompt \"mom-tell-me\"") is a name too: it breaks a run of words.
  const list = words(text.replace(/[a-z0-9]+(?:-[a-z0-9]+)+/g, ` ${BREAK} `))
  const out: string[] = []
  for (let i = 0; i + WINDOW <= list.length; i++) {
    const window = list.slice(i, i + WINDOW)
    if (!window.includes(BREAK)) out.push(window.join(' '))
  }
  return out
}

const NAME = /(?:(?:section|topic|faq|prompt|activity|guide):)?[a-z0-9]+(?:-[a-z0-9]+)*/g

/**
 * What one restricted key must never see: the names of documents outside its policy (per snapshot,
 * for reads pinned to one, and those outside it in every snapshot, for the rest), and the text of
 * every version outside its policy (as exact strings and as runs of six words, so search snippets and
 * titles are caught too) that no version inside it shares.
 */
export class Forbidden {
  readonly perSnapshot = new Map<Snapshot, Set<string>>()
  readonly everywhere = new Set<string>()
  readonly texts = new Set<string>()
  readonly textWindows = new Map<string, string>()
  readonly visible = new Map<Snapshot, Set<string>>()
  readonly hidden = new Map<Snapshot, Set<string>>()
  /** Every string of every document the policy allows somewhere: prose among them needs no word-by-word look. */
  private readonly visibleStrings = new Set<string>()

  constructor(policy: ContentPolicy, views: Map<Snapshot, Seen[]>) {
    const visibleNames = new Set<string>()
    const hiddenNames = new Set<string>()
    const visibleStrings = this.visibleStrings
    const visibleWindows = new Set<string>()
    const hiddenDocs: Seen[] = []
    for (const [snapshot, docs] of views) {
      const inside = new Set<string>()
      const outside = new Set<string>()
      this.visible.set(snapshot, new Set())
      this.hidden.set(snapshot, new Set())
      for (const doc of docs) {
        const allowed = policyAllows(policy, doc)
        ;(allowed ? this.visible : this.hidden).get(snapshot)!.add(doc.id)
        for (const name of names(doc)) (allowed ? inside : outside).add(name)
        if (allowed) {
          for (const text of strings(doc.record)) {
            visibleStrings.add(text)
            for (const window of windows(text)) visibleWindows.add(window)
          }
        } else hiddenDocs.push(doc)
      }
      for (const name of inside) visibleNames.add(name)
      for (const name of outside) hiddenNames.add(name)
      this.perSnapshot.set(snapshot, new Set([...outside].filter((name) => !inside.has(name))))
    }
    for (const name of hiddenNames) if (!visibleNames.has(name)) this.everywhere.add(name)
    for (const doc of hiddenDocs) {
      for (const text of strings(doc.record)) {
        if (text.length >= 24 && /\s/.test(text) && !visibleStrings.has(text)) this.texts.add(text)
        for (const window of windows(text)) if (!visibleWindows.has(window)) this.textWindows.set(window, doc.id)
      }
    }
  }

  /**
   * The forbidden things in one answer. Names the request itself carried (a slug it asked for, echoed
   * in a 404) are the caller's own words, not a leak; text never is.
   */
  scan(texts: string[], snapshot: Snapshot | null, request: string): string[] {
    const names = snapshot === null ? this.everywhere : this.perSnapshot.get(snapshot)!
    const found = new Set<string>()
    for (const text of texts) {
      if (names.has(text) && !request.includes(text)) found.add(`name ${text}`)
      if (this.visibleStrings.has(text) && /\s/.test(text)) continue
      for (const match of text.matchAll(NAME)) {
        const name = match[0]
        const bare = !name.includes('-') && !name.includes(':')
        // A one-word slug ("legacy") is a word of prose too: only a whole string or a path segment names it.
        if (bare && text[match.index - 1] !== '/') continue
        if (names.has(name) && !request.includes(name)) found.add(`name ${name}`)
      }
      if (this.texts.has(text)) found.add(`text ${text.slice(0, 60)}`)
      for (const window of windows(text)) {
        const owner = this.textWindows.get(window)
        if (owner) found.add(`text of ${owner}: "${window}"`)
      }
    }
    return [...found]
  }
}

/** Everything a response carries as text: header values, JSON strings, event-stream data, and what cursors encode. */
export function responseTexts(headers: Record<string, unknown>, body: string): string[] {
  const out: string[] = Object.values(headers).flatMap((value) => (Array.isArray(value) ? value.map(String) : [String(value)]))
  const parsed = parseAll(body)
  for (const value of parsed) strings(value, out)
  if (parsed.length === 0) out.push(body)
  for (const text of [...out]) {
    if (text.length >= 16 && /^[A-Za-z0-9_-]+$/.test(text)) {
      const decoded = Buffer.from(text, 'base64url').toString('utf8')
      if (/^[\x20-\x7e]+$/.test(decoded)) out.push(decoded)
    }
  }
  return out
}

function parseAll(body: string): unknown[] {
  try {
    return [JSON.parse(body)]
  } catch {
    // An event stream: one JSON document per data line.
    const values: unknown[] = []
    for (const line of body.split('\n')) {
      if (!line.startsWith('data:')) continue
      try {
        values.push(JSON.parse(line.slice(5)))
      } catch {
        values.push(line.slice(5))
      }
    }
    return values
  }
}
