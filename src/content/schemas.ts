import { z } from 'zod'
import { competencies, lifeStages } from './vocabulary.js'

const slug = z
  .string()
  .max(80)
  .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be lower-case words joined by hyphens')
const line = z.string().trim().min(1).max(300)
const paragraph = z.string().trim().min(1).max(5000)

export const introductionFile = z.strictObject({
  title: line,
  paragraphs: z.array(paragraph).min(1).max(20),
  topicsHeading: line,
})

export const conclusionFile = z.strictObject({
  title: line,
  paragraphs: z.array(paragraph).min(1).max(20),
})

export const topicFile = z.strictObject({
  slug,
  number: z.number().int().min(1).max(99),
  title: line,
  summary: paragraph,
  paragraphs: z.array(paragraph).min(1).max(20),
  keyPoints: z.array(paragraph).min(1).max(10),
  competencies: z.array(z.enum(competencies)).min(1),
  lifeStages: z.array(z.enum(lifeStages)).min(1),
})

export const faqFile = z.strictObject({
  slug,
  position: z.number().int().min(1).max(999),
  question: line,
  answer: paragraph,
  topics: z.array(slug).max(9),
})

export type IntroductionContent = z.infer<typeof introductionFile>
export type ConclusionContent = z.infer<typeof conclusionFile>
export type TopicContent = z.infer<typeof topicFile>
export type FaqContent = z.infer<typeof faqFile>
