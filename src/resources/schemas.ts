import { z } from 'zod'
import { resourceType } from '../content/types/resource.js'
import { releaseQuery, slugParam } from '../http/schemas.js'

export const resource = resourceType.api

/** What to do where the vocabulary has no resource for the caller's region. Never a number of another country. */
export const LOCAL_EMERGENCY_FALLBACK = 'Call your local emergency number.'

export const fallback = z
  .literal(LOCAL_EMERGENCY_FALLBACK)
  .describe("Present only when the caller's region has no crisis resource: what to tell the adult instead.")

export const resourceList = z
  .object({
    region: z.string().describe('The region the resources are served for: the key policy’s `region`, or US when it names none.').meta({ example: 'US' }),
    items: z.array(resource).describe('The crisis resources of the region, in the vocabulary’s order.'),
    fallback: fallback.optional(),
  })
  .meta({ id: 'ResourceList', description: "The crisis resources of the caller's region." })

export const resourceListQuery = z.strictObject({ release: releaseQuery })
export const resourceParams = z.strictObject({ slug: slugParam })

export type Resource = z.infer<typeof resource>
export type ResourceList = z.infer<typeof resourceList>
