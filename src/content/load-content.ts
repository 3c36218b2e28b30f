import { createHash } from 'node:crypto'
import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import type { z } from 'zod'
import { contentFolder } from '../paths.js'
import { conclusionFile, faqFile, introductionFile, topicFile } from './schemas.js'
import type { DocumentType } from './vocabulary.js'

export interface ContentDocument {
  id: string
  type: DocumentType
  slug: string
  title: string
  summary: string | null
  position: number
  competencies: string[]
  lifeStages: string[]
  topics: string[]
  body: Record<string, unknown>
  searchText: string
  contentHash: string
}

export class ContentError extends Error {
  override name = 'ContentError'
}

export async function loadContent(folder: string = contentFolder): Promise<ContentDocument[]> {
  const read = <T extends z.ZodType>(file: string, schema: T) => readValidated(folder, file, schema)
  const introduction = await read('guide/introduction.json', introductionFile)
  const conclusion = await read('guide/conclusion.json', conclusionFile)
  const topics = await Promise.all((await jsonFiles(folder, 'topics')).map((file) => read(file, topicFile)))
  const faqs = await Promise.all((await jsonFiles(folder, 'faqs')).map((file) => read(file, faqFile)))

  assertUnique(topics, (topic) => topic.content.slug, 'slug')
  assertUnique(topics, (topic) => topic.content.number, 'number')
  assertUnique(faqs, (faq) => faq.content.slug, 'slug')
  assertUnique(faqs, (faq) => faq.content.position, 'position')
  const topicSlugs = new Set(topics.map((topic) => topic.content.slug))
  for (const faq of faqs) {
    faq.content.topics.forEach((slug, index) => {
      if (!topicSlugs.has(slug)) throw new ContentError(`${faq.file}: topics.${index}: no topic has the slug "${slug}"`)
    })
  }

  return [
    toDocument('section', 'introduction', {
      title: introduction.content.title,
      position: 0,
      body: introduction.content,
      searchText: introduction.content.paragraphs.join('\n\n'),
    }),
    ...topics.map(({ content }) =>
      toDocument('topic', content.slug, {
        title: content.title,
        summary: content.summary,
        position: content.number,
        competencies: content.competencies,
        lifeStages: content.lifeStages,
        body: content,
        searchText: content.paragraphs.join('\n\n'),
      }),
    ),
    ...faqs.map(({ content }) =>
      toDocument('faq', content.slug, {
        title: content.question,
        position: content.position,
        topics: content.topics,
        body: content,
        searchText: content.answer,
      }),
    ),
    toDocument('section', 'conclusion', {
      title: conclusion.content.title,
      position: 1,
      body: conclusion.content,
      searchText: conclusion.content.paragraphs.join('\n\n'),
    }),
  ]
}

type DocumentFields = Pick<ContentDocument, 'title' | 'position' | 'body' | 'searchText'> &
  Partial<Pick<ContentDocument, 'summary' | 'competencies' | 'lifeStages' | 'topics'>>

function toDocument(type: DocumentType, slug: string, fields: DocumentFields): ContentDocument {
  const prefix = type === 'section' ? 'guide' : type
  return {
    id: `${prefix}:${slug}`,
    type,
    slug,
    summary: null,
    competencies: [],
    lifeStages: [],
    topics: [],
    ...fields,
    contentHash: hashContent(fields.body),
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

function assertUnique<T>(items: { file: string; content: T }[], key: (item: { content: T }) => unknown, field: string) {
  const seen = new Map<unknown, string>()
  for (const item of items) {
    const value = key(item)
    const other = seen.get(value)
    if (other) throw new ContentError(`${item.file}: ${field}: "${String(value)}" is already used by ${other}`)
    seen.set(value, item.file)
  }
}
