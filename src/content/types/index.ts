import type { z } from 'zod'
import type { DocumentType } from '../vocabulary.js'
import { activityType } from './activity.js'
import { faqType, sectionType, topicType } from './guide.js'
import { promptType } from './prompt.js'
import { resourceType } from './resource.js'

/** Every content type, by document type: the one place each is declared. */
export const contentTypes = {
  section: sectionType,
  topic: topicType,
  faq: faqType,
  prompt: promptType,
  activity: activityType,
  resource: resourceType,
} as const satisfies Record<DocumentType, unknown>

export type ContentTypes = typeof contentTypes
/** What the API serves for a document of a type. */
export type ItemOf<T extends DocumentType> = z.output<ContentTypes[T]['api']>

/** The id of a document of a type: guide sections are `guide:<slug>`. */
export function documentId(type: DocumentType, slug: string): string {
  return `${type === 'section' ? 'guide' : type}:${slug}`
}

export { activityType, faqType, promptType, resourceType, sectionType, topicType }
