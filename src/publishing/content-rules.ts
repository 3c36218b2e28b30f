import type { Tx } from '../db/executor.js'
import type { ContentDocument } from '../content/load-content.js'
import { contentProblems, type ActivityLike, type Located, type PromptLike, type ResourceLike, type TopicLike } from '../content/check/rules.js'
import { unknownNames } from '../content/relations.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { AppDatabase } from '../db/database.js'
import { releaseDocuments } from '../documents/repository.js'
import { AppError, type FieldError } from '../errors.js'

/** The release the changes would make must keep the content rules that the files keep on import. */
export async function assertRulesHold(tx: Tx, currentId: number, upserts: ContentDocument[], removals: string[]) {
  // One after the other: a transaction is one connection, and node-postgres deprecates overlapping queries on one.
  const prompts = await releaseDocuments(tx as unknown as AppDatabase, currentId, 'prompt')
  const activities = await releaseDocuments(tx as unknown as AppDatabase, currentId, 'activity')
  const topics = await releaseDocuments(tx as unknown as AppDatabase, currentId, 'topic')
  const overlay = <T>(type: DocumentType, rows: { id: string; body: unknown }[]): Located<T>[] => {
    const byId = new Map(rows.map((row) => [row.id, row.body]))
    for (const doc of upserts) if (doc.type === type) byId.set(doc.id, doc.body)
    for (const id of removals) byId.delete(id)
    return [...byId].map(([id, body]) => ({ file: 'release', field: id, content: body as T }))
  }
  const promptItems = overlay<PromptLike>('prompt', prompts)
  const activityItems = overlay<ActivityLike>('activity', activities)
  const faqs = await releaseDocuments(tx as unknown as AppDatabase, currentId, 'faq')
  const resourceItems = overlay<ResourceLike>('resource', await releaseDocuments(tx as unknown as AppDatabase, currentId, 'resource'))
  const named = {
    topic: overlay<object>('topic', topics),
    faq: overlay<object>('faq', faqs),
    prompt: promptItems,
    activity: activityItems,
    resource: resourceItems,
  }
  const errors: FieldError[] = unknownNames(named).map(({ document, relation, slug }) => ({
    location: 'body',
    field: `${document.field}.${relation.field}`,
    message: `no ${relation.to} "${slug}" in the release this would publish`,
  }))
  const changed = new Set([...upserts.map((doc) => doc.id), ...removals])
  // Only problems the change brings: a rule the release already broke (older content) does not block it.
  for (const problem of contentProblems(
    promptItems,
    activityItems,
    resourceItems.map((item) => item.content),
    overlay<TopicLike>('topic', topics),
  )) {
    const field = problem.where.slice('release: '.length).split(' ')[0]!
    if (changed.has(field) || problem.related.some((slug) => changed.has(`prompt:${slug}`))) {
      errors.push({ location: 'body', field, message: `${problem.message} [${problem.rule}]` })
    }
  }
  if (errors.length) throw new AppError('CONTENT_RULES_FAILED', 'Publishing these drafts would break the content rules: `errors` lists each.', errors)
}
