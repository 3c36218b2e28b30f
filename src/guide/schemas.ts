import { z } from 'zod'
import { filterQuery, type FilterInput } from '../content/types/define.js'
import { faqType, topicType } from '../content/types/guide.js'
import { cursorQuery, limitQuery, releaseQuery, slugParam } from '../http/schemas.js'

export const topic = topicType.api
export const faq = faqType.api

const documentRef = {
  id: z.string().describe('Document id; with `version`, names this exact text forever.').meta({ example: 'guide:introduction' }),
  version: z.number().int().describe('Version of the document served by this release.').meta({ example: 1 }),
}

export const guide = z
  .object({
    title: z.string().meta({ example: 'Strengthening Bonds: Nurturing a Strong Mother Son Relationship' }),
    introduction: z.object({ ...documentRef, paragraphs: z.array(z.string()) }),
    topicsHeading: z.string(),
    topics: z.array(topic),
    conclusion: z.object({ ...documentRef, title: z.string(), paragraphs: z.array(z.string()) }),
    faqs: z.array(faq),
  })
  .meta({ id: 'Guide', description: 'The whole guide, in reading order.' })

export const topicListQuery = z.strictObject({
  release: releaseQuery,
  limit: limitQuery,
  cursor: cursorQuery,
  ...filterQuery(topicType.filters),
})

export const faqListQuery = z.strictObject({
  release: releaseQuery,
  limit: limitQuery,
  cursor: cursorQuery,
  ...filterQuery(faqType.filters),
})

export const releaseOnlyQuery = z.strictObject({ release: releaseQuery })
export const slugParams = z.strictObject({ slug: slugParam })

export type Topic = z.infer<typeof topic>
export type Faq = z.infer<typeof faq>
export type Guide = z.infer<typeof guide>
export type TopicFilters = FilterInput<typeof topicType.filters>
export type FaqFilters = FilterInput<typeof faqType.filters>
