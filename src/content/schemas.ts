import { z } from 'zod'
import {
  activityCategories,
  activitySettings,
  competencies,
  costTiers,
  directions,
  energyLevels,
  interests,
  lifeStages,
  MAX_AGE,
  MIN_AGE,
  promptSettings,
  seasons,
} from './vocabulary.js'

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

const age = z.number().int().min(MIN_AGE).max(MAX_AGE)
const sentence = z.string().trim().min(10).max(300)
const unique = <T extends z.ZodType>(item: T) =>
  z.array(item).refine((items) => new Set(items).size === items.length, 'must not repeat a value')
const ageRange = <T extends { ageMin: number; ageMax: number }>(value: T) => value.ageMax >= value.ageMin

export const promptEntry = z
  .strictObject({
    slug,
    text: sentence,
    followUps: unique(slug).max(3),
    topics: unique(slug).min(1).max(3),
    ageMin: age,
    ageMax: age,
    depth: z.union([z.literal(1), z.literal(2), z.literal(3)]),
    settings: unique(z.enum(promptSettings)).min(1),
    direction: z.enum(directions),
    competencies: unique(z.enum(competencies)).min(1).max(3),
    sensitive: z.boolean(),
  })
  .refine(ageRange, { message: 'ageMax must be at least ageMin', path: ['ageMax'] })
  .refine((value) => !value.followUps.includes(value.slug), { message: 'must not follow up on itself', path: ['followUps'] })

export const promptsFile = z.strictObject({ prompts: z.array(promptEntry).min(1).max(500) })

export const activityEntry = z
  .strictObject({
    slug,
    title: z.string().trim().min(3).max(80),
    category: z.enum(activityCategories),
    description: z.string().trim().min(20).max(800),
    steps: z.array(sentence).min(2).max(8),
    materials: z.array(z.string().trim().min(2).max(100)).max(12),
    ageMin: age,
    ageMax: age,
    minutesMin: z.number().int().min(5).max(720),
    minutesMax: z.number().int().min(5).max(720),
    cost: z.enum(costTiers),
    setting: z.enum(activitySettings),
    energy: z.enum(energyLevels),
    seasons: unique(z.enum(seasons)).min(1).max(4),
    interests: unique(z.enum(interests)).min(1).max(4),
    topics: z.array(z.strictObject({ topic: slug, why: sentence })).min(1).max(3),
    prompts: unique(slug).min(1).max(3),
    competencies: unique(z.enum(competencies)).min(1).max(3),
  })
  .refine(ageRange, { message: 'ageMax must be at least ageMin', path: ['ageMax'] })
  .refine((value) => value.minutesMax >= value.minutesMin, { message: 'minutesMax must be at least minutesMin', path: ['minutesMax'] })
  .refine((value) => new Set(value.topics.map((item) => item.topic)).size === value.topics.length, {
    message: 'must not name a topic twice',
    path: ['topics'],
  })

export const activitiesFile = z.strictObject({ activities: z.array(activityEntry).min(1).max(500) })

export type PromptContent = z.infer<typeof promptEntry>
export type ActivityContent = z.infer<typeof activityEntry>
export type IntroductionContent = z.infer<typeof introductionFile>
export type ConclusionContent = z.infer<typeof conclusionFile>
export type TopicContent = z.infer<typeof topicFile>
export type FaqContent = z.infer<typeof faqFile>
