import { z } from 'zod'
import { activitySetting, activityType, costTier, energy, interest, season } from '../content/types/activity.js'
import { filterQuery, type FilterInput } from '../content/types/define.js'
import { cursorQuery, limitQuery, releaseQuery, slugParam } from '../http/schemas.js'
import { prompt } from '../prompts/schemas.js'

export { activitySetting, costTier, energy, interest, season }
export const activity = activityType.api

export const activityDetail = activity
  .extend({ suggestedPrompts: z.array(prompt).describe('The prompts to use during it, expanded.') })
  .meta({ id: 'ActivityDetail' })

export const activityListQuery = z.strictObject({
  release: releaseQuery,
  limit: limitQuery,
  cursor: cursorQuery,
  ...filterQuery(activityType.filters),
})

export const activityParams = z.strictObject({ slug: slugParam })

export type Activity = z.infer<typeof activity>
export type ActivityDetail = z.infer<typeof activityDetail>
export type ActivityFilters = FilterInput<typeof activityType.filters>
