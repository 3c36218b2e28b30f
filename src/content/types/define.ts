import { getTableColumns, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import { documentVersions } from '../../db/schema.js'
import { integerWithin } from '../../http/schemas.js'
import type { DocumentType } from '../vocabulary.js'

// Not filter columns: what every version has, or what the database computes.
const versionColumns = ['documentId', 'version', 'contentHash', 'title', 'summary', 'position', 'body', 'searchText', 'search', 'preview', 'createdAt'] as const

/**
 * Typed, indexed columns that clients filter on; which ones apply depends on the document type. They
 * are the columns of `document_versions` (src/db/schema.ts) other than a version's own, so a new one
 * is declared there and in the content types that set it, nowhere else.
 */
export type FilterColumns = Omit<typeof documentVersions.$inferSelect, (typeof versionColumns)[number]>

/** Every filter column as a document that does not set it stores it: lists empty, flags false, values null. */
export const unsetFilterColumns: Readonly<FilterColumns> = Object.freeze(
  Object.fromEntries(
    Object.entries(getTableColumns(documentVersions))
      .filter(([name]) => !(versionColumns as readonly string[]).includes(name))
      .map(([name, column]) => {
        if (column.dataType === 'array') return [name, []]
        if (!column.notNull) return [name, null]
        if (column.dataType === 'boolean') return [name, false]
        throw new Error(`filter column ${name} is required but has no unset value`)
      }),
  ) as FilterColumns,
)

/** What a version stores besides its body: its title, place, search text and filter columns. */
export interface StoredColumns extends Partial<FilterColumns> {
  title: string
  summary?: string | null
  position: number
  searchText: string
}

/** A filter callers may apply: its typed value (services, GraphQL), its query-string form (REST) and its SQL. */
export interface FilterDeclaration<V> {
  value: z.ZodType<V>
  query: z.ZodType<V | undefined>
  where: (value: V) => SQL | undefined
  /** The condition when the caller does not give this filter: what is left out unless asked for. */
  absent?: () => SQL | undefined
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a filter's value type varies; each is checked where declared
export type AnyFilter = FilterDeclaration<any>

export type FilterValues<F> = { [K in keyof F]?: F[K] extends FilterDeclaration<infer V> ? V | undefined : never }

/**
 * What a use case accepts as filters: typed values (REST has parsed its query string; GraphQL passes
 * its arguments straight through, enums as strings) that the service validates with `filterValues`.
 */
export type FilterInput<F> = { [K in keyof F]?: unknown }

/**
 * One content type, declared once: the file schema (validated on import, and parsed from stored bodies
 * once per release), the stored columns, the filters, the API schema and the mapper all come from it.
 */
export interface ContentType<C extends z.ZodType, A extends z.ZodObject, F extends Record<string, AnyFilter>> {
  type: DocumentType
  /** Schema of one document's content, as files hold it and versions store it. */
  content: C
  /**
   * Schema of a stored body, of any version ever published: the content's fields without the file
   * rules, with fields added since the first release optional (absent on older versions). Defaults to
   * `content`.
   */
  stored?: z.ZodType
  /** The stored columns of a version. `position` is the document's place among the file entries. */
  columns: (content: z.output<C>, position: number) => StoredColumns
  /** The API schema of one item (the OpenAPI component and the response schema). */
  api: A
  /** A stored version, parsed, as the API serves it. */
  toItem: (ref: { id: string; version: number }, content: z.output<C>) => z.output<A>
  /** API fields derived from the content (not written in files), in the order the API lists them. */
  derived?: readonly string[]
  filters: F
  /** The fields that name other documents by slug (see `Relation`); none when absent. */
  relations?: { readonly [K in keyof z.output<C>]?: Relation }
}

/**
 * A field that names other documents by slug. Everything that follows such a name reads it from here:
 * what a caller's policy lets it see, the GraphQL fields that expand it, and the checks on load and
 * on publish that every name is of a document that exists.
 */
export interface Relation {
  /** The type of the documents named. */
  readonly to: DocumentType
  /**
   * When the field lists objects rather than slugs: the key holding each object's slug, and the
   * GraphQL type of those objects, which expands the slug under that same key.
   */
  readonly each?: { readonly slug: string; readonly graphql: string }
  /** The GraphQL field expanding the slugs into the documents, where its name is not the field's. */
  readonly graphql?: string
  /** The field of the named type's GraphQL object listing, paged, the documents that name it. */
  readonly namedBy?: string
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any declaration, whatever its schemas
export type AnyContentType = ContentType<z.ZodType, z.ZodObject<any>, Record<string, AnyFilter>>

export function declareType<C extends z.ZodType, A extends z.ZodObject, F extends Record<string, AnyFilter>>(
  declaration: ContentType<C, A, F>,
): ContentType<C, A, F> {
  return declaration
}

const booleanText = z.enum(['true', 'false']).transform((value) => value === 'true')

/** A whole-number filter; from a query string, plain digits only. */
export function integerFilter(schema: z.ZodNumber, where: (value: number) => SQL | undefined): FilterDeclaration<number> {
  return { value: schema, query: integerWithin(schema).optional() as z.ZodType<number | undefined>, where }
}

/** A filter on one value of a vocabulary (or a slug). */
export function textFilter<V extends string>(schema: z.ZodType<V>, where: (value: V) => SQL | undefined): FilterDeclaration<V> {
  return { value: schema, query: schema.optional(), where }
}

/** A yes/no filter: `true`/`false` in a query string. */
export function booleanFilter(
  description: string,
  where: (value: boolean) => SQL | undefined,
  options: { absent?: () => SQL | undefined; deprecated?: boolean } = {},
): FilterDeclaration<boolean> {
  const meta = options.deprecated ? { deprecated: true } : {}
  return {
    value: z.boolean().describe(description).meta(meta),
    query: booleanText.optional().describe(description).meta(meta) as z.ZodType<boolean | undefined>,
    where,
    ...(options.absent ? { absent: options.absent } : {}),
  }
}

/**
 * A filter on several values of a vocabulary: a list (GraphQL, services), comma-separated in a query
 * string (`excludeWarnings=romance,grief-and-loss`).
 */
export function listFilter<V extends string>(
  item: z.ZodType<V>,
  description: string,
  where: (values: V[]) => SQL | undefined,
): FilterDeclaration<V[]> {
  const list = z
    .array(item as z.ZodType<V, string>)
    .min(1)
    .max(20)
    .refine((items) => new Set(items).size === items.length, 'must not repeat a value')
    .describe(description)
  const query = z
    .string()
    .max(400)
    .transform((value) => value.split(','))
    .pipe(list)
    .optional()
    .describe(`${description} Comma-separated.`)
  return { value: list, query: query as z.ZodType<V[] | undefined>, where }
}

/** The query-string schema of a type's filters (REST). */
export function filterQuery<F extends Record<string, AnyFilter>>(filters: F) {
  return Object.fromEntries(Object.entries(filters).map(([name, filter]) => [name, filter.query])) as {
    [K in keyof F]: F[K]['query']
  }
}

/** The typed schema of a type's filters, for services (GraphQL passes its typed arguments to it). */
export function filterValues<F extends Record<string, AnyFilter>>(filters: F) {
  return z.strictObject(
    Object.fromEntries(Object.entries(filters).map(([name, filter]) => [name, filter.value.optional()])) as {
      [K in keyof F]: z.ZodOptional<F[K]['value']>
    },
  )
}

/** The SQL conditions of the filter values given. */
export function filterConditions<F extends Record<string, AnyFilter>>(filters: F, values: FilterValues<F>): SQL[] {
  const conditions: SQL[] = []
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null) continue
    const declared = filters[name]
    if (!declared) throw new Error(`unknown filter ${name}`)
    const condition = (declared.where as (value: unknown) => SQL | undefined)(value)
    if (condition) conditions.push(condition)
  }
  for (const [name, declared] of Object.entries(filters)) {
    const value = (values as Record<string, unknown>)[name]
    if (declared.absent && (value === undefined || value === null)) {
      const condition = declared.absent()
      if (condition) conditions.push(condition)
    }
  }
  return conditions
}

/** Document id and version: with both, an item names its exact text forever. */
export function documentRef(exampleId: string) {
  return {
    id: z.string().describe('Document id; with `version`, names this exact text forever.').meta({ example: exampleId }),
    version: z.number().int().describe('Version of the document served by this release.').meta({ example: 1 }),
  }
}

export const slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
export const line = z.string().trim().min(1).max(300)
export const paragraph = z.string().trim().min(1).max(5000)
export const sentence = z.string().trim().min(10).max(300)
export const unique = <T extends z.ZodType>(item: T) =>
  z.array(item).refine((items) => new Set(items).size === items.length, 'must not repeat a value')

/** A document id as callers send it: `<type>:<slug>` (`guide:` for the guide's sections). */
export const documentIdValue = z
  .string()
  .max(100)
  .regex(/^[a-z]+:[a-z0-9]+(-[a-z0-9]+)*$/, 'must be a document id such as "topic:boundaries"')

/** The id a document of this type had before a rename or merge: `prompt:<old-slug>`. */
export const formerId = (type: string) =>
  z.string().regex(new RegExp(`^${type}:[a-z0-9]+(-[a-z0-9]+)*$`), `must be a ${type} id, "${type}:<slug>"`)

/** The schema that parses a stored body of this type (see `ContentType.stored`). */
export function storedSchema(declared: AnyContentType): z.ZodType {
  return declared.stored ?? declared.content
}
