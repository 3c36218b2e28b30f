import { arrayContains, eq, inArray, lte, and, gte } from 'drizzle-orm'
import { z } from 'zod'
import { documentVersions } from '../../db/schema.js'
import {
  activityCategories,
  activitySettings,
  competencies,
  costTiers,
  energyLevels,
  interests,
  MAX_AGE,
  seasons,
} from '../vocabulary.js'
import { ageBandsOf } from './age.js'
import { declareType, documentRef, integerFilter, sentence, slug, textFilter, unique } from './define.js'
import { age } from './prompt.js'

export const category = z.enum(activityCategories)
export const costTier = z.enum(costTiers).describe('free, low, medium or high.')
export const activitySetting = z.enum(activitySettings)
export const energy = z.enum(energyLevels)
export const season = z.enum(seasons)
export const interest = z.enum(interests)
const minutes = z.number().int().min(5).max(720)

const fields = {
  slug: slug.meta({ example: 'family-recipe-night' }),
  title: z.string().trim().min(3).max(80).meta({ example: 'Family recipe night' }),
  category,
  description: z.string().trim().min(20).max(800),
  steps: z.array(sentence).min(2).max(8),
  materials: z.array(z.string().trim().min(2).max(100)).max(12),
  ageMin: age.describe('Youngest age the activity suits.'),
  ageMax: age.describe(`Oldest age the activity suits; ${MAX_AGE} means no upper limit.`),
  minutesMin: minutes.describe('Minutes the shortest version takes.'),
  minutesMax: minutes.describe('Minutes the longest version takes.'),
  cost: costTier,
  setting: activitySetting.describe('indoor, outdoor, or either.'),
  energy,
  seasons: unique(season).min(1).max(4),
  interests: unique(interest).min(1).max(4),
  topics: z
    .array(z.strictObject({ topic: slug, why: sentence.describe('Why this activity nurtures the topic.') }))
    .min(1)
    .max(3)
    .describe('Guide topics the activity nurtures, each with one sentence why.'),
  // At least one in the content (checked below); a caller's policy may leave none it can read.
  prompts: unique(slug).max(3).describe('Slugs of prompts to use during the activity.'),
  competencies: unique(z.enum(competencies)).min(1).max(3),
}

const either = 'either'

export const activityType = declareType({
  type: 'activity',
  content: z
    .strictObject(fields)
    .refine((value) => value.ageMax >= value.ageMin, { message: 'ageMax must be at least ageMin', path: ['ageMax'] })
    .refine((value) => value.prompts.length >= 1, { message: 'must suggest at least one prompt', path: ['prompts'] })
    .refine((value) => value.minutesMax >= value.minutesMin, { message: 'minutesMax must be at least minutesMin', path: ['minutesMax'] })
    .refine((value) => new Set(value.topics.map((item) => item.topic)).size === value.topics.length, {
      message: 'must not name a topic twice',
      path: ['topics'],
    }),
  columns: (content, position) => ({
    title: content.title,
    summary: content.description,
    position,
    searchText: [...content.steps, ...content.topics.map((item) => item.why)].join('\n'),
    competencies: content.competencies,
    lifeStages: ageBandsOf(content),
    topics: content.topics.map((item) => item.topic),
    ageMin: content.ageMin,
    ageMax: content.ageMax,
    category: content.category,
    minutesMin: content.minutesMin,
    minutesMax: content.minutesMax,
    cost: content.cost,
    setting: content.setting,
    energy: content.energy,
    seasons: content.seasons,
    interests: content.interests,
  }),
  api: z
    .object({ ...documentRef('activity:family-recipe-night'), ...fields })
    .meta({ id: 'Activity', description: 'Something a mother and son can do together, and why it strengthens the bond.' }),
  toItem: (ref, content) => ({ ...ref, ...content }),
  filters: {
    category: textFilter(category, (value) => eq(documentVersions.category, value)),
    age: integerFilter(age, (value) => and(lte(documentVersions.ageMin, value), gte(documentVersions.ageMax, value))),
    maxMinutes: integerFilter(minutes.describe('Only activities that can be done in this many minutes.'), (value) =>
      lte(documentVersions.minutesMin, value),
    ),
    cost: textFilter(costTier, (value) => eq(documentVersions.cost, value)),
    setting: textFilter(activitySetting.describe('indoor or outdoor also keep activities that work in either.'), (value) =>
      inArray(documentVersions.setting, value === either ? [either] : [value, either]),
    ),
    energy: textFilter(energy, (value) => eq(documentVersions.energy, value)),
    topic: textFilter(slug.describe('Only activities nurturing this topic.'), (value) => arrayContains(documentVersions.topics, [value])),
    season: textFilter(season, (value) => arrayContains(documentVersions.seasons, [value])),
  },
})

export type ActivityContent = z.infer<typeof activityType.content>
