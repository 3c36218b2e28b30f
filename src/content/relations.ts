import type { AnyContentType, Relation } from './types/define.js'
import { contentTypes } from './types/index.js'
import type { DocumentType } from './vocabulary.js'

/** A relation with the type and the field that declare it. */
export interface DeclaredRelation extends Relation {
  readonly from: DocumentType
  readonly field: string
}

/** Every relation the content types declare, in the order of the types, then of their fields. */
export const relations: readonly DeclaredRelation[] = Object.values(contentTypes).flatMap((declared: AnyContentType) =>
  Object.entries((declared.relations ?? {}) as Record<string, Relation>).map(([field, relation]) => ({ ...relation, from: declared.type, field })),
)

/** The relations a type's documents declare. */
export function relationsFrom(type: DocumentType): readonly DeclaredRelation[] {
  return relations.filter((relation) => relation.from === type)
}

/** The entries of a document's field (a service's object or a stored body); none when it lacks the field. */
export function entriesOf(relation: DeclaredRelation, document: object): readonly unknown[] {
  return ((document as Record<string, unknown>)[relation.field] as readonly unknown[] | undefined) ?? []
}

/** The slug an entry of the field names. */
export function slugOf(relation: Relation, entry: unknown): string {
  return relation.each ? ((entry as Record<string, unknown>)[relation.each.slug] as string) : (entry as string)
}

/** The slugs a document names through a relation, in its order. */
export function namedSlugs(relation: DeclaredRelation, document: object): string[] {
  return entriesOf(relation, document).map((entry) => slugOf(relation, entry))
}

/** A name of a document that is not among those given. */
export interface UnknownName<D> {
  document: D
  relation: DeclaredRelation
  /** The place of the name in the document's field. */
  index: number
  slug: string
}

/**
 * Every name that is of no document given. The documents are a whole content (the files on load, the
 * release a change would publish), by type; the names in a type's documents are checked when they are
 * given, against the documents of each type they name, which must be given too.
 */
export function unknownNames<D extends { content: object }>(documents: Partial<Record<DocumentType, readonly D[]>>): UnknownName<D>[] {
  const slugs = new Map<DocumentType, Set<string>>()
  const known = (type: DocumentType): Set<string> => {
    let found = slugs.get(type)
    if (!found) {
      const ofType = documents[type]
      if (!ofType) throw new Error(`${type} documents are needed to check the names of them`)
      found = new Set(ofType.map((document) => (document.content as { slug: string }).slug))
      slugs.set(type, found)
    }
    return found
  }
  const unknown: UnknownName<D>[] = []
  for (const type of Object.keys(contentTypes) as DocumentType[]) {
    const given = documents[type]
    if (!given) continue
    for (const document of given) {
      for (const relation of relationsFrom(type)) {
        namedSlugs(relation, document.content).forEach((slug, index) => {
          if (!known(relation.to).has(slug)) unknown.push({ document, relation, index, slug })
        })
      }
    }
  }
  return unknown
}
