import { z } from 'zod'
import { filterQuery, type FilterInput } from '../content/types/define.js'
import { age as sonAge, depth as promptDepth, promptSetting, promptType } from '../content/types/prompt.js'
import { cursorQuery, limitQuery, releaseQuery, slugParam } from '../http/schemas.js'

export { promptSetting }
export const depthValue = promptDepth
export const ageValue = sonAge

export const prompt = promptType.api

export const promptDetail = prompt.extend({ followUpPrompts: z.array(prompt).describe('The follow-ups, expanded, in order.') }).meta({ id: 'PromptDetail' })

/** The prompt filters as query-string parameters: their declaration is in content/types/prompt.ts. */
export const promptFilters = filterQuery(promptType.filters)

export const promptListQuery = z.strictObject({
  release: releaseQuery,
  limit: limitQuery,
  cursor: cursorQuery,
  ...promptFilters,
})

const isoDate = z
  .string()
  .max(10)
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
  date: isoDate.optional().describe('Day to answer for; defaults to today in `tz`.'),
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
    cycleDays: z.number().int().describe('Days before a prompt can come back for this seed and these filters (the number of matching prompts).'),
    prompt: promptDetail,
  })
  .meta({ id: 'DailyPrompt', description: 'The prompt of the day: the same for the same inputs on every device.' })

export const promptParams = z.strictObject({ slug: slugParam })

export type Prompt = z.infer<typeof prompt>
export type PromptDetail = z.infer<typeof promptDetail>
export type PromptFilters = FilterInput<typeof promptType.filters>
