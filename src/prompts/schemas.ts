import { z } from 'zod'
import { competencies, directions, MAX_AGE, MIN_AGE, promptSettings } from '../content/vocabulary.js'
import { cursorQuery, integerQuery, limitQuery, releaseQuery, slugParam } from '../http/schemas.js'

export const promptSetting = z.enum(promptSettings).describe('Occasion the prompt suits.')
export const direction = z
  .enum(directions)
  .describe('Who asks: the mother, the son, or either (the guide insists on a two-way street).')
export const depthValue = z.number().int().min(1).max(3).describe('1 light, 2 personal, 3 deep.')
export const depth = integerQuery(1, 3).describe(depthValue.description ?? '')
export const ageValue = z.number().int().min(MIN_AGE).max(MAX_AGE).describe(`The son's age in years, ${MIN_AGE}-${MAX_AGE}.`)
export const age = integerQuery(MIN_AGE, MAX_AGE).describe(ageValue.description ?? '')
const booleanQuery = z
  .enum(['true', 'false'])
  .transform((value) => value === 'true')

export const prompt = z
  .object({
    id: z.string().meta({ example: 'prompt:co-dream-you-never-told' }),
    version: z.number().int(),
    slug: z.string().describe('Use it in `/v1/prompts/{slug}`.').meta({ example: 'co-dream-you-never-told' }),
    text: z.string().meta({ example: "Is there a dream you've never told anyone about?" }),
    followUps: z.array(z.string()).describe('Slugs of prompts that make a natural next question.'),
    topics: z.array(z.string()).describe('Guide topics the prompt draws on, the main one first.'),
    ageMin: z.number().int(),
    ageMax: z.number().int().describe(`${MAX_AGE} means no upper limit.`),
    depth: z.number().int().min(1).max(3).describe('1 light, 2 personal, 3 deep.'),
    settings: z.array(promptSetting),
    direction,
    competencies: z.array(z.enum(competencies)).describe('CASEL competencies the conversation exercises.'),
    sensitive: z.boolean().describe('True when the subject needs care (grief, divorce, conflict...).'),
  })
  .meta({ id: 'Prompt', description: 'A conversation prompt: a question or opener a mother or a son can use.' })

export const promptDetail = prompt
  .extend({ followUpPrompts: z.array(prompt).describe('The follow-ups, expanded, in order.') })
  .meta({ id: 'PromptDetail' })

export const promptFilters = {
  topic: slugParam.optional().describe('Only prompts drawing on this topic.'),
  age: age.optional(),
  depth: depth.optional(),
  setting: promptSetting.optional(),
  direction: direction.optional().describe('Prompts for this direction, plus those that work either way.'),
  competency: z.enum(competencies).optional(),
  excludeSensitive: booleanQuery.optional().describe('`true` leaves out prompts on sensitive subjects.'),
}

export const promptListQuery = z.strictObject({
  release: releaseQuery,
  limit: limitQuery,
  cursor: cursorQuery,
  ...promptFilters,
})

const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date as YYYY-MM-DD')
  .refine((value) => {
    const parsed = new Date(`${value}T00:00:00Z`)
    return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(value) && value >= '1970-01-01' && value <= '2200-12-31'
  }, 'must be a real calendar date between 1970-01-01 and 2200-12-31')

export const timeZone = z
  .string()
  .max(64)
  .refine((value) => {
    try {
      new Intl.DateTimeFormat('en-US', { timeZone: value })
      return true
    } catch {
      return false
    }
  }, 'must be an IANA time zone such as Europe/Paris')

export const dailyQuery = z.strictObject({
  release: releaseQuery,
  date: isoDate.optional().describe("Day to answer for; defaults to today in `tz`."),
  tz: timeZone.optional().describe('IANA time zone that decides what "today" is; default UTC.').meta({ example: 'America/Chicago' }),
  seed: z
    .string()
    .max(64)
    .regex(/^[\w.:-]*$/, 'may hold letters, digits and . _ : - only')
    .optional()
    .describe('Any string, e.g. a family id: each seed walks its own order. Omit for the same prompt as everyone.'),
  ...promptFilters,
})

export const dailyPrompt = z
  .object({
    date: z.string().meta({ example: '2026-11-25' }),
    timeZone: z.string().meta({ example: 'UTC' }),
    seed: z.string(),
    cycleDays: z
      .number()
      .int()
      .describe('Days before a prompt can come back for this seed and these filters (the number of matching prompts).'),
    prompt: promptDetail,
  })
  .meta({ id: 'DailyPrompt', description: 'The prompt of the day: the same for the same inputs on every device.' })

export const promptParams = z.strictObject({ slug: slugParam })

export type Prompt = z.infer<typeof prompt>
export type PromptDetail = z.infer<typeof promptDetail>
export type PromptFilterQuery = {
  topic?: string | undefined
  age?: number | undefined
  depth?: number | undefined
  setting?: (typeof promptSettings)[number] | undefined
  direction?: (typeof directions)[number] | undefined
  competency?: (typeof competencies)[number] | undefined
  excludeSensitive?: boolean | undefined
}
