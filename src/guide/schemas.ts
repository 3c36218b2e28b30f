import { z } from 'zod'
import { competencies, lifeStages } from '../content/vocabulary.js'
import { cursorQuery, limitQuery, releaseQuery, slugParam } from '../http/schemas.js'

const documentRef = {
  id: z.string().describe('Document id; with `version`, names this exact text forever.').meta({ example: 'topic:boundaries' }),
  version: z.number().int().describe('Version of the document served by this release.').meta({ example: 1 }),
}

export const competency = z.enum(competencies).describe('CASEL social-emotional competency.')
export const lifeStage = z
  .enum(lifeStages)
  .describe('Stage of the son\'s life: early-childhood (3-5), school-age (6-9), tweens (10-12), teens (13-17), young-adults (18-25), adult-sons (26+).')

export const topic = z
  .object({
    ...documentRef,
    slug: z.string().meta({ example: 'boundaries' }),
    number: z.number().int().describe('Position of the topic in the guide, from 1.').meta({ example: 4 }),
    title: z.string().meta({ example: 'The Delicate Balance of Boundaries' }),
    summary: z.string().describe('The topic\'s opening sentence, quoted from the guide.'),
    paragraphs: z.array(z.string()).describe('The guide\'s text for this topic, paragraph by paragraph.'),
    keyPoints: z.array(z.string()).describe('Sentences quoted from the guide that carry the topic.'),
    competencies: z.array(competency),
    lifeStages: z.array(lifeStage).describe('Stages of the son\'s life where the topic matters most.'),
  })
  .meta({ id: 'Topic', description: 'One of the nine topics of the guide, in the client\'s words.' })

export const faq = z
  .object({
    ...documentRef,
    slug: z.string().meta({ example: 'encouraging-open-communication' }),
    position: z.number().int(),
    question: z.string().meta({ example: 'How can mothers encourage open communication with their sons?' }),
    answer: z.string(),
    topics: z.array(z.string()).describe('Slugs of the topics the answer relates to.'),
  })
  .meta({ id: 'Faq', description: 'A question from the guide\'s FAQ with its answer.' })

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
  competency: competency.optional(),
  lifeStage: lifeStage.optional(),
})

export const faqListQuery = z.strictObject({
  release: releaseQuery,
  limit: limitQuery,
  cursor: cursorQuery,
  topic: slugParam.optional().describe('Only FAQs related to this topic slug.'),
})

export const releaseOnlyQuery = z.strictObject({ release: releaseQuery })
export const slugParams = z.strictObject({ slug: slugParam })

export type Topic = z.infer<typeof topic>
export type Faq = z.infer<typeof faq>
export type Guide = z.infer<typeof guide>
