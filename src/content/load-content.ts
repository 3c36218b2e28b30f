import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { z } from 'zod'
import { contentFolder } from '../paths.js'
import { contentProblems, type ContentProblem } from './check/rules.js'
import { summarizeProblems, type ReportedProblem } from './check/summary.js'
import { unknownNames } from './relations.js'
import { activitiesFile, conclusionFile, faqFile, introductionFile, promptsFile, resourceFile, topicFile } from './schemas.js'
import { unsetFilterColumns, type AnyContentType, type FilterColumns } from './types/define.js'
import { activityType, documentId, faqType, promptType, resourceType, sectionType, topicType } from './types/index.js'
import type { DocumentType } from './vocabulary.js'

export type { FilterColumns } from './types/define.js'

export interface ContentDocument extends FilterColumns {
  id: string
  type: DocumentType
  slug: string
  title: string
  summary: string | null
  position: number
  body: Record<string, unknown>
  searchText: string
  contentHash: string
}

export class ContentError extends Error {
  override name = 'ContentError'
}

/**
 * Content that breaks the rules of content-style.md: every problem in `problems`, each naming its file,
 * item and rule; the message shows the first few and counts the rest per rule and file.
 */
export class ContentRulesError extends ContentError {
  constructor(readonly problems: ContentProblem[]) {
    super(`${problems.length} content rule problem${problems.length === 1 ? '' : 's'}:\n${summarizeProblems(problems).join('\n')}`)
  }
}

/** A field a content file's schema refuses: `where` is `file: field`, the rule is `schema`. */
export interface SchemaProblem extends ReportedProblem {
  rule: 'schema'
}

/**
 * Content files whose shape is wrong: every field of every file in `problems`; the message is bounded
 * like ContentRulesError's (a file of 500 activities missing five fields is 2,500 problems).
 */
export class ContentSchemaError extends ContentError {
  constructor(readonly problems: SchemaProblem[]) {
    super(`${problems.length} content schema problem${problems.length === 1 ? '' : 's'}:\n${summarizeProblems(problems).join('\n')}`)
  }
}

/** The documents of a content folder; refuses content that breaks a rule (see `./check/rules.ts`). */
export async function loadContent(folder: string = contentFolder): Promise<ContentDocument[]> {
  const { documents, problems } = await readContent(folder)
  if (problems.length > 0) throw new ContentRulesError(problems)
  return documents
}

/** The documents of a content folder and every rule they break (`npm run content:check` lists them). */
export async function readContent(folder: string = contentFolder): Promise<{ documents: ContentDocument[]; problems: ContentProblem[] }> {
  // Every file is read before any schema problem is reported, so one run names them all.
  const schemaProblems: SchemaProblem[] = []
  const read = async <T extends z.ZodType>(file: string, schema: T) => {
    const result = await readValidated(folder, file, schema)
    if (!('content' in result)) {
      schemaProblems.push(...result.problems)
      return []
    }
    return [result]
  }
  const readAll = async <T extends z.ZodType>(subfolder: string, schema: T) =>
    (await Promise.all((await jsonFiles(folder, subfolder)).map((file) => read(file, schema)))).flat()
  const [introduction] = await read('guide/introduction.json', introductionFile)
  const [conclusion] = await read('guide/conclusion.json', conclusionFile)
  const topics = await readAll('topics', topicFile)
  const faqs = await readAll('faqs', faqFile)
  const resources = await readAll('resources', resourceFile)
  const prompts = (await readAll('prompts', promptsFile)).flatMap(({ file, content }) =>
    content.prompts.map((prompt, index) => ({ file, field: `prompts.${index}`, content: prompt })),
  )
  const activities = (await readAll('activities', activitiesFile)).flatMap(({ file, content }) =>
    content.activities.map((activity, index) => ({ file, field: `activities.${index}`, content: activity })),
  )
  if (schemaProblems.length > 0 || !introduction || !conclusion) throw new ContentSchemaError(schemaProblems)

  assertUnique(topics, (topic) => topic.content.slug, 'slug')
  assertUnique(topics, (topic) => topic.content.number, 'number')
  assertUnique(faqs, (faq) => faq.content.slug, 'slug')
  assertUnique(faqs, (faq) => faq.content.position, 'position')
  assertUnique(prompts, (prompt) => prompt.content.slug, 'slug')
  assertUnique(activities, (activity) => activity.content.slug, 'slug')
  assertUnique(resources, (resource) => resource.content.slug, 'slug')
  type Named = { file: string; field?: string; content: object }
  const named: Partial<Record<DocumentType, Named[]>> = { topic: topics, faq: faqs, prompt: prompts, activity: activities, resource: resources }
  const [unknown] = unknownNames(named)
  if (unknown) {
    const { document, relation, index, slug } = unknown
    const field = `${document.field ? `${document.field}.` : ''}${relation.field}.${index}${relation.each ? `.${relation.each.slug}` : ''}`
    throw new ContentError(`${document.file}: ${field}: no ${relation.to} has the slug "${slug}"`)
  }
  const problems = contentProblems(
    prompts,
    activities,
    resources.map(({ content }) => content),
    topics.map((topic) => ({ ...topic, field: 'lifeStages' })),
  )

  const documents = [
    contentDocument(sectionType, 'introduction', introduction.content, 0),
    ...topics.map(({ content }) => contentDocument(topicType, content.slug, content, content.number)),
    ...faqs.map(({ content }) => contentDocument(faqType, content.slug, content, content.position)),
    ...prompts.map(({ content }, index) => contentDocument(promptType, content.slug, content, index)),
    ...activities.map(({ content }, index) => contentDocument(activityType, content.slug, content, index)),
    ...resources.map(({ content }, index) => contentDocument(resourceType, content.slug, content, index)),
    contentDocument(sectionType, 'conclusion', conclusion.content, 1),
  ]
  return { documents, problems }
}

/** A document as stored: its declaration decides the columns. */
export function contentDocument<D extends AnyContentType>(
  declared: D,
  slug: string,
  content: Parameters<D['columns']>[0],
  position: number,
): ContentDocument {
  const body = content as Record<string, unknown>
  return {
    id: documentId(declared.type, slug),
    type: declared.type,
    slug,
    summary: null,
    ...unsetFilterColumns,
    ...declared.columns(content, position),
    body,
    contentHash: hashContent(body),
  }
}

export function hashContent(value: unknown): string {
  return createHash('sha256').update(stableStringify(value)).digest('hex')
}

function stableStringify(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(stableStringify).join(',')}]`
  if (value && typeof value === 'object') {
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${stableStringify(item)}`).join(',')}}`
  }
  return JSON.stringify(value)
}

async function jsonFiles(folder: string, subfolder: string): Promise<string[]> {
  const names = await readdir(join(folder, subfolder)).catch(() => {
    throw new ContentError(`${subfolder}/: folder is missing`)
  })
  if (!names.some((name) => name.endsWith('.json'))) throw new ContentError(`${subfolder}/: no .json files`)
  return names.filter((name) => name.endsWith('.json')).sort().map((name) => `${subfolder}/${name}`)
}

/** A content file's content, or every field its schema refuses. */
export async function readValidated<T extends z.ZodType>(
  folder: string,
  file: string,
  schema: T,
): Promise<{ file: string; content: z.output<T> } | { file: string; problems: SchemaProblem[] }> {
  const path = join(folder, file)
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    throw new ContentError(`${relative(folder, path)}: ${(error as Error).message}`)
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const problems = parsed.error.issues.map(
      (issue): SchemaProblem => ({ where: `${file}: ${issue.path.join('.') || '(root)'}`, message: issue.message, rule: 'schema' }),
    )
    return { file, problems }
  }
  return { file, content: parsed.data as z.output<T> }
}

function assertUnique<T>(
  items: { file: string; field?: string; content: T }[],
  key: (item: { content: T }) => unknown,
  field: string,
) {
  const seen = new Map<unknown, string>()
  for (const item of items) {
    const value = key(item)
    const where = item.field ? `${item.file}: ${item.field}.${field}` : `${item.file}: ${field}`
    const other = seen.get(value)
    if (other) throw new ContentError(`${where}: "${String(value)}" is already used by ${other}`)
    seen.set(value, item.field ? `${item.file} (${item.field})` : item.file)
  }
}
