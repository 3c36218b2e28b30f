import { z } from 'zod'
import { activity, activitySetting, costTier, energy, interest, season } from '../activities/schemas.js'
import { releaseQuery, slugParam } from '../http/schemas.js'
import { ageValue, prompt } from '../prompts/schemas.js'
import { situation } from '../content/types/prompt.js'

const uniqueArray = <T extends z.ZodType>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((items) => new Set(items).size === items.length, 'must not repeat a value')

export const weather = z.enum(['clear', 'hot', 'cold', 'rain', 'snow'])

export const profile = z
  .strictObject({
    age: ageValue,
    interests: uniqueArray(interest, 10).optional().describe('What he enjoys.'),
    minutes: z.number().int().min(5).max(720).optional().describe('Time available; activities that need more are left out.'),
    budget: costTier.optional().describe('Most you want to spend; dearer activities are left out.'),
    setting: activitySetting.exclude(['either']).optional().describe('Where you can be: indoor or outdoor activities are left out accordingly.'),
    weather: weather.optional().describe('rain leaves out outdoor activities; snow keeps only winter ones outside.'),
    energy: energy.optional().describe('Energy you have today.'),
    topics: uniqueArray(slugParam, 9).optional().describe('Guide topics to nurture.'),
    season: season.optional(),
    situations: uniqueArray(situation, 18)
      .optional()
      .describe(
        'Life situations the family is in (parents-living-apart, son-becoming-a-father...). Activities and prompts that assume a ' +
          'situation are recommended only when one of theirs is named here (a hard constraint), and rank higher when it is.',
      ),
    recentActivities: uniqueArray(z.string().max(100), 100).optional().describe('Activities done recently (slugs or ids), left out.'),
    includeSensitive: z
      .boolean()
      .optional()
      .describe(
        '`true` may also suggest prompts on sensitive subjects and deep (depth 3) prompts; left out by default, with any activity naming them. A key whose policy excludes them never gets them.',
      ),
    limit: z.number().int().min(1).max(20).default(5),
    seed: z.string().max(64).optional().describe('Breaks ties differently; the same seed gives the same answer.'),
  })
  .meta({
    id: 'RecommendationProfile',
    example: {
      age: 11,
      interests: ['cooking', 'nature'],
      minutes: 90,
      budget: 'low',
      weather: 'clear',
      energy: 'moderate',
      topics: ['communication'],
      limit: 3,
    },
  })

export const factorName = z.enum(['age', 'interest', 'topic', 'energy', 'season', 'weather', 'time', 'budget', 'diversity', 'situation'])

export const recommendation = z.object({
  rank: z.number().int(),
  score: z.number().describe('Sum of the weights in `why`.'),
  activity,
  why: z
    .array(
      z.object({
        factor: factorName,
        weight: z.number().describe('Points this factor added (or removed, if negative).'),
        reason: z.string(),
      }),
    )
    .describe('One entry per factor that raised or lowered the score.'),
  prompts: z.array(prompt).min(0).max(3).describe('One to three prompts to use during it.'),
})

export const recommendations = z
  .object({
    data: z.array(recommendation),
    considered: z.number().int().describe('Activities that met every hard constraint.'),
    reason: z.string().nullable().describe('Why the list is empty, when it is.'),
  })
  .meta({ id: 'Recommendations' })

export const recommendationQuery = z.strictObject({ release: releaseQuery })

export type Profile = z.infer<typeof profile>
export type Recommendation = z.infer<typeof recommendation>
export type FactorName = z.infer<typeof factorName>
