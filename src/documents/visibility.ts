import { documentId } from '../content/types/index.js'
import { entriesOf, relationsFrom, slugOf } from '../content/relations.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { ContentPolicy } from '../keys/schemas.js'

/**
 * A document outside the caller's content policy is never named, not even by its slug in another
 * document's list of related slugs. These views keep such lists (the relations its type declares) to
 * what the policy lets the caller read; they work on the services' objects and on stored bodies alike
 * (the field names are the same), and return the input itself when nothing had to go, so the
 * unrestricted path allocates nothing.
 */

/** Ids of the documents the caller may read in one release. */
export type VisibleIds = ReadonlySet<string>

function keep<T>(items: readonly T[], allowed: (item: T) => boolean): readonly T[] {
  return items.every(allowed) ? items : items.filter(allowed)
}

/** A document of a type (or its stored body), naming only documents the caller may read. */
export function viewOf<T extends object>(type: DocumentType, document: T, visible: VisibleIds): T {
  let view: T | undefined
  for (const relation of relationsFrom(type)) {
    const entries = entriesOf(relation, document)
    const kept = keep(entries, (entry) => visible.has(documentId(relation.to, slugOf(relation, entry))))
    if (kept !== entries) view = { ...(view ?? document), [relation.field]: kept }
  }
  return view ?? document
}

/** Topic slugs (e.g. a conversation plan's) that the policy lets the caller see. */
export function visibleTopics(topics: string[], policy: ContentPolicy | null): string[] {
  const allowed = policy?.topics
  return allowed ? (keep(topics, (topic) => allowed.includes(topic)) as string[]) : topics
}
