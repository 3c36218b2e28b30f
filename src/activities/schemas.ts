import { z } from 'zod'
import {
  activityCategories,
  activitySettings,
  competencies,
  costTiers,
  energyLevels,
  interests,
  seasons,
} from '../content/vocabulary.js'
import { cursorQuery, integerQuery, limitQuery, releaseQuery, slugParam } from '../http/schemas.js'
import { age, prompt } from '../prompts/schemas.js'

export const category = z.enum(activityCategories)
export const costTier = z.enum(costTiers).describe('free, low, medium or high.')
export const activitySetting = z.enum(activitySettings)
export const energy = z.enum(energyLevels)
export const season = z.enum(seasons)
export const interest = z.enum(interests)

export const activity = z
  .object({
    id: z.string().meta({ example: 'activity:family-recipe-night' }),
    version: z.number().int(),
    slug: z.string().meta({ example: 'family-recipe-night' }),
    title: z.string().meta({ example: 'Family recipe night' }),
    category,
    description: z.string(),
    steps: z.array(z.string()),
    materials: z.array(z.string()),
    ageMin: z.number().int(),
    ageMax: z.number().int().describe('99 means no upper limit.'),
    minutesMin: z.number().int(),
    minutesMax: z.number().int(),
    cost: costTier,
    setting: activitySetting.describe('indoor, outdoor, or either.'),
    energy,
    seasons: z.array(season),
    interests: z.array(interest),
    topics: z
      .array(z.object({ topic: z.string(), why: z.string().describe('Why this activity nurtures the topic.') }))
      .describe('Guide topics the activity nurtures, each with one sentence why.'),
    prompts: z.array(z.string()).describe('Slugs of prompts to use during the activity.'),
    competencies: z.array(z.enum(competencies)),
  })
  .meta({ id: 'Activity', description: 'Something a mother and son can do together, and why it strengthens the bond.' })

export const activityDetail = activity
  .extend({ suggestedPrompts: z.array(prompt).describe('The prompts to use during it, expanded.') })
  .meta({ id: 'ActivityDetail' })

export const activityListQuery = z.strictObject({
  release: releaseQuery,
  limit: limitQuery,
  cursor: cursorQuery,
  category: category.optional(),
  age: age.optional(),
  maxMinutes: integerQuery(5, 720).optional().describe('Only activities that can be done in this many minutes.'),
  cost: costTier.optional(),
  setting: activitySetting.optional().describe('indoor or outdoor also keep activities that work in either.'),
  energy: energy.optional(),
  topic: slugParam.optional().describe('Only activities nurturing this topic.'),
  season: season.optional(),
})

export const activityParams = z.strictObject({ slug: slugParam })

export type Activity = z.infer<typeof activity>
export type ActivityDetail = z.infer<typeof activityDetail>
