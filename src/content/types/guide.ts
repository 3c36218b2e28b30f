import { arrayContains } from 'drizzle-orm'
import { z } from 'zod'
import { documentVersions } from '../../db/schema.js'
import { competencies, lifeStages } from '../vocabulary.js'
import { declareType, documentRef, line, paragraph, slug, textFilter } from './define.js'

export const competency = z.enum(competencies).describe('CASEL social-emotional competency.')
export const lifeStage = z
  .enum(lifeStages)
  .describe("Stage of the son's life: early-childhood (3-5), school-age (6-9), tweens (10-12), teens (13-17), young-adults (18-25), adult-sons (26+).")

const paragraphs = z.array(paragraph).min(1).max(20).describe("The guide's text, paragraph by paragraph.")

const topicFields = {
  slug: slug.meta({ example: 'boundaries' }),
  number: z.number().int().min(1).max(99).describe('Position of the topic in the guide, from 1.').meta({ example: 4 }),
  title: line.meta({ example: 'The Delicate Balance of Boundaries' }),
  summary: paragraph.describe("The topic's opening sentence, quoted from the guide."),
  paragraphs,
  keyPoints: z.array(paragraph).min(1).max(10).describe('Sentences quoted from the guide that carry the topic.'),
  competencies: z.array(competency).min(1),
  lifeStages: z.array(lifeStage).min(1).describe("Stages of the son's life the topic's prompts and activities reach (content:check keeps the two in step)."),
}

export const topicType = declareType({
  type: 'topic',
  content: z.strictObject(topicFields),
  columns: (content) => ({
    title: content.title,
    summary: content.summary,
    position: content.number,
    searchText: content.paragraphs.join('\n\n'),
    competencies: content.competencies,
    lifeStages: content.lifeStages,
  }),
  api: z
    .object({ ...documentRef('topic:boundaries'), ...topicFields })
    .meta({ id: 'Topic', description: "One of the nine topics of the guide, in the client's words." }),
  toItem: (ref, content) => ({ ...ref, ...content }),
  filters: {
    competency: textFilter(competency, (value) => arrayContains(documentVersions.competencies, [value])),
    lifeStage: textFilter(lifeStage, (value) => arrayContains(documentVersions.lifeStages, [value])),
  },
})

const faqFields = {
  slug: slug.meta({ example: 'encouraging-open-communication' }),
  position: z.number().int().min(1).max(999).describe('Place of the question in the FAQ, from 1.'),
  question: line.meta({ example: 'How can mothers encourage open communication with their sons?' }),
  answer: paragraph,
  topics: z.array(slug).max(9).describe('Slugs of the topics the answer relates to.'),
}

export const faqType = declareType({
  type: 'faq',
  content: z.strictObject(faqFields),
  columns: (content) => ({ title: content.question, position: content.position, searchText: content.answer, topics: content.topics }),
  api: z.object({ ...documentRef('faq:encouraging-open-communication'), ...faqFields }).meta({ id: 'Faq', description: "A question from the guide's FAQ with its answer." }),
  toItem: (ref, content) => ({ ...ref, ...content }),
  filters: {
    topic: textFilter(slug.describe('Only FAQs related to this topic slug.'), (value) => arrayContains(documentVersions.topics, [value])),
  },
  relations: { topics: { to: 'topic', namedBy: 'faqs' } },
})

/** The guide's introduction and conclusion: a title and paragraphs; the introduction also heads the topics. */
const sectionFields = {
  title: line,
  paragraphs,
  topicsHeading: line.optional().describe('The heading the introduction gives the list of topics.'),
}

export const sectionType = declareType({
  type: 'section',
  content: z.strictObject(sectionFields),
  columns: (content) => ({ title: content.title, position: content.topicsHeading === undefined ? 1 : 0, searchText: content.paragraphs.join('\n\n') }),
  api: z.object({ ...documentRef('guide:introduction'), ...sectionFields }).meta({ id: 'GuideSection', description: 'The introduction or the conclusion of the guide.' }),
  toItem: (ref, content) => ({ ...ref, ...content }),
  filters: {},
})

/** The files: the introduction must head the topics, the conclusion does not. */
export const introductionFile = z.strictObject({ ...sectionFields, topicsHeading: line })
export const conclusionFile = z.strictObject({ title: line, paragraphs })

export type TopicContent = z.infer<typeof topicType.content>
export type FaqContent = z.infer<typeof faqType.content>
export type SectionContent = z.infer<typeof sectionType.content>
