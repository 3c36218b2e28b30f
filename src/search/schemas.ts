import { z } from 'zod'
import { documentTypes } from '../content/vocabulary.js'
import { cursorQuery, limitQuery, releaseQuery } from '../http/schemas.js'

/** Crisis resources are a vocabulary served with prompts and at `/v1/resources`, not searched. */
const searchable = documentTypes.filter((type) => type !== 'resource') as Exclude<(typeof documentTypes)[number], 'resource'>[]
export const searchableTypes = z.enum(searchable)

export const searchQuery = z.strictObject({
  q: z
    .string()
    .trim()
    .min(1, 'must not be empty')
    .max(200, 'must be at most 200 characters')
    .regex(/^[^\p{Cc}]*$/u, 'must not contain control characters')
    .describe('Search terms, in web-search syntax: `"exact phrase"`, `or`, `-excluded`.')
    .meta({ example: 'boundaries' }),
  type: z
    .string()
    .max(100)
    .optional()
    .transform((value, context) => {
      if (value === undefined) return undefined
      const types = value.split(',').map((item) => item.trim())
      const parsed = z.array(searchableTypes).safeParse(types)
      if (!parsed.success) {
        context.addIssue({ code: 'custom', message: `must be a comma-separated list of: ${searchable.join(', ')}` })
        return z.NEVER
      }
      return parsed.data
    })
    .describe(`Only these kinds of content, comma-separated: ${searchable.join(', ')}.`),
  release: releaseQuery,
  limit: limitQuery,
  cursor: cursorQuery,
})

export const searchHit = z
  .object({
    type: searchableTypes.describe('Kind of content that matched.'),
    id: z.string().meta({ example: 'topic:boundaries' }),
    slug: z.string().meta({ example: 'boundaries' }),
    version: z.number().int(),
    title: z.string().describe('Title, or the question for an FAQ.'),
    snippet: z
      .string()
      .describe('Passage around the matches; matched words are wrapped in `<mark>` and `</mark>`.')
      .meta({ example: 'The delicate dance of setting <mark>boundaries</mark> isn’t about restriction…' }),
    rank: z.number().describe('Relevance; higher is better. Hits are sorted by it.'),
  })
  .meta({ id: 'SearchHit' })
