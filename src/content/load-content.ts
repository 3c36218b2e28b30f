import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { z } from 'zod'
import { contentFolder } from '../paths.js'
import { contentProblems, type ContentProblem } from './check/rules.js'
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

/** Content that breaks the rules of content-style.md: every problem, each naming its file and item. */
export class ContentRulesError extends ContentError {
  constructor(readonly problems: ContentProblem[]) {
    const shown = problems.slice(0, 50).map((problem) => `${problem.where}: ${problem.message} [${problem.rule}]`)
    const more = problems.length > shown.length ? `\n...and ${problems.length - shown.length} more` : ''
    super(`${problems.length} content rule problem${problems.length === 1 ? '' : 's'}:\n${shown.join('\n')}${more}`)
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
  const read = <T extends z.ZodType>(file: string, schema: T) => readValidated(folder, file, schema)
  const introduction = await read('guide/introduction.json', introductionFile)
  const conclusion = await read('guide/conclusion.json', conclusionFile)
  const topics = await Promise.all((await jsonFiles(folder, 'topics')).map((file) => read(file, topicFile)))
  const faqs = await Promise.all((await jsonFiles(folder, 'faqs')).map((file) => read(file, faqFile)))
  const resources = await Promise.all((await jsonFiles(folder, 'resources')).map((file) => read(file, resourceFile)))
  const prompts = (await Promise.all((await jsonFiles(folder, 'prompts')).map((file) => read(file, promptsFile)))).flatMap(
    ({ file, content }) => content.prompts.map((prompt, index) => ({ file, field: `prompts.${index}`, content: prompt })),
  )
  const activities = (
    await Promise.all((await jsonFiles(folder, 'activities')).map((file) => read(file, activitiesFile)))
  ).flatMap(({ file, content }) =>
    content.activities.map((activity, index) => ({ file, field: `activities.${index}`, content: activity })),
  )

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
  const problems = contentProblems(prompts, activities, resources.map(({ content }) => content))

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

async function readValidated<T extends z.ZodType>(folder: string, file: string, schema: T) {
  const path = join(folder, file)
  let raw: unknown
  try {
    raw = JSON.parse(await readFile(path, 'utf8'))
  } catch (error) {
    throw new ContentError(`${relative(folder, path)}: ${(error as Error).message}`)
  }
  const parsed = schema.safeParse(raw)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    throw new ContentError(`${file}: ${issues.join('; ')}`)
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
