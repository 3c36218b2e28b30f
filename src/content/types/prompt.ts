import { and, arrayContains, eq, gte, inArray, lte } from 'drizzle-orm'
import { z } from 'zod'
import { documentVersions } from '../../db/schema.js'
import { competencies, directions, MAX_AGE, MIN_AGE, promptSettings } from '../vocabulary.js'
import { ageBandsOf } from './age.js'
import { declareType, documentRef, integerFilter, booleanFilter, sentence, slug, textFilter, unique } from './define.js'

export const age = z.number().int().min(MIN_AGE).max(MAX_AGE).describe(`The son's age in years, ${MIN_AGE}-${MAX_AGE}.`)
export const depth = z.number().int().min(1).max(3).describe('1 light, 2 personal, 3 deep.')
export const promptSetting = z.enum(promptSettings).describe('Occasion the prompt suits.')
export const direction = z
  .enum(directions)
  .describe('Who asks: the mother, the son, or either (the guide insists on a two-way street).')
export const competency = z.enum(competencies).describe('CASEL social-emotional competency.')

const fields = {
  slug: slug.describe('Use it in `/v1/prompts/{slug}`.').meta({ example: 'co-dream-you-never-told' }),
  text: sentence.meta({ example: "Is there a dream you've never told anyone about?" }),
  followUps: unique(slug).max(3).describe('Slugs of prompts that make a natural next question.'),
  topics: unique(slug).min(1).max(3).describe('Guide topics the prompt draws on, the main one first.'),
  ageMin: age.describe('Youngest age the prompt suits.'),
  ageMax: age.describe(`Oldest age the prompt suits; ${MAX_AGE} means no upper limit.`),
  depth,
  settings: unique(promptSetting).min(1),
  direction,
  competencies: unique(competency).min(1).max(3).describe('CASEL competencies the conversation exercises.'),
  sensitive: z.boolean().describe('True when the subject needs care (grief, divorce, conflict...).'),
}

const either = 'either'

export const promptType = declareType({
  type: 'prompt',
  content: z
    .strictObject(fields)
    .refine((value) => value.ageMax >= value.ageMin, { message: 'ageMax must be at least ageMin', path: ['ageMax'] })
    .refine((value) => !value.followUps.includes(value.slug), { message: 'must not follow up on itself', path: ['followUps'] }),
  columns: (content, position) => ({
    title: content.text,
    position,
    searchText: content.text,
    competencies: content.competencies,
    lifeStages: ageBandsOf(content),
    topics: content.topics,
    ageMin: content.ageMin,
    ageMax: content.ageMax,
    depth: content.depth,
    direction: content.direction,
    settings: content.settings,
    sensitive: content.sensitive,
  }),
  api: z
    .object({ ...documentRef('prompt:co-dream-you-never-told'), ...fields })
    .meta({ id: 'Prompt', description: 'A conversation prompt: a question or opener a mother or a son can use.' }),
  toItem: (ref, content) => ({ ...ref, ...content }),
  filters: {
    topic: textFilter(slug.describe('Only prompts drawing on this topic.'), (topic) => arrayContains(documentVersions.topics, [topic])),
    age: integerFilter(age, (value) => and(lte(documentVersions.ageMin, value), gte(documentVersions.ageMax, value))),
    depth: integerFilter(depth, (value) => eq(documentVersions.depth, value)),
    setting: textFilter(promptSetting, (value) => arrayContains(documentVersions.settings, [value])),
    direction: textFilter(direction.describe('Prompts for this direction, plus those that work either way.'), (value) =>
      inArray(documentVersions.direction, value === either ? [either] : [value, either]),
    ),
    competency: textFilter(competency, (value) => arrayContains(documentVersions.competencies, [value])),
    excludeSensitive: booleanFilter('`true` leaves out prompts on sensitive subjects.', (value) =>
      value ? eq(documentVersions.sensitive, false) : undefined,
    ),
  },
})

export type PromptContent = z.infer<typeof promptType.content>
