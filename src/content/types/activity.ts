import { arrayContains, eq, inArray, lte, and, gte } from 'drizzle-orm'
import { z } from 'zod'
import { documentVersions } from '../../db/schema.js'
import {
  accessibilityTags,
  activityCategories,
  activitySettings,
  competencies,
  costTierMeaning,
  costTiers,
  energyLevels,
  interests,
  MAX_AGE,
  recurrenceKinds,
  seasons,
} from '../vocabulary.js'
import { ageBandsOf } from './age.js'
import { gradeBandsOf } from './derived.js'
import { booleanFilter, declareType, documentRef, formerId, integerFilter, sentence, slug, textFilter, unique } from './define.js'
import { age, gradeBand, situation, theme } from './prompt.js'

/** Fields the API derives from the content: not written in files. */
const derivedFields = {
  gradeBands: unique(gradeBand).describe('US school grade bands the age range covers.'),
}

export const category = z.enum(activityCategories)
export const costTier = z
  .enum(costTiers)
  .describe(
    `What it costs, in US dollars for the whole activity: ${Object.entries(costTierMeaning)
      .map(([tier, meaning]) => `${tier}: ${meaning}`)
      .join(' ')}`,
  )
export const activitySetting = z.enum(activitySettings)
export const energy = z.enum(energyLevels)
export const season = z.enum(seasons)
export const interest = z.enum(interests)
const minutes = z.number().int().min(5).max(720)

/** Sessions longer than this (4 hours) must say they are one stretch of time on one day (`recurrence.sameDay`). */
export const LONG_SESSION_MINUTES = 240

/** The one meaning of minutesMin and minutesMax, said wherever minutes are described. */
export const minutesMeaning =
  'Minutes always mean one session: the time spent together in one go, from start to finish. A once activity has one session; ' +
  'a multi-day activity has one session a day (the minutes are one day, sleep never counted); a repeated activity gives its ' +
  'sessions or weeks. Minutes are never a total over several sessions or days.'
export const accessibilityTag = z.enum(accessibilityTags).describe('A way the activity is accessible.')
const participantCount = z.number().int().min(2).max(40)
const participants = z
  .strictObject({
    min: participantCount.describe('Fewest people it needs, mother and son included.'),
    max: participantCount.describe('Most people it suits.'),
    othersCanJoin: z.boolean().describe('Whether siblings, friends or other family can join in.'),
  })
  .refine((value) => value.max >= value.min, { message: 'max must be at least min', path: ['max'] })
  .describe('How many people take part, mother and son included.')
const recurrence = z
  .strictObject({
    kind: z.enum(recurrenceKinds).describe('once; multi-day (one outing over several days); repeated (a series of sessions).'),
    days: z.number().int().min(2).max(14).optional().describe('Days a multi-day activity lasts.'),
    sessions: z.number().int().min(2).max(100).optional().describe('Sessions in a repeated activity.'),
    weeks: z.number().int().min(1).max(104).optional().describe('Weeks a repeated activity runs.'),
    sameDay: z
      .boolean()
      .optional()
      .describe(
        `True when a session longer than ${LONG_SESSION_MINUTES / 60} hours is still one stretch of time on one day (a day out, one day of a trip), ` +
          'not a total spread over several sittings. Every activity whose minutesMax is over ' +
          `${LONG_SESSION_MINUTES} says so.`,
      ),
  })
  .refine((value) => (value.kind === 'multi-day') === (value.days !== undefined), {
    message: 'days is given exactly when the kind is multi-day',
    path: ['days'],
  })
  .refine((value) => value.kind === 'repeated' || (value.sessions === undefined && value.weeks === undefined), {
    message: 'sessions and weeks belong to a repeated activity',
    path: ['sessions'],
  })
  .refine((value) => value.kind !== 'repeated' || value.sessions !== undefined || value.weeks !== undefined, {
    message: 'a repeated activity gives its sessions or weeks',
    path: ['sessions'],
  })
  .describe(`Whether it happens once, over several days, or as a series. ${minutesMeaning}`)

const fields = {
  slug: slug.meta({ example: 'family-recipe-night' }),
  title: z.string().trim().min(3).max(80).meta({ example: 'Family recipe night' }),
  category,
  description: z.string().trim().min(20).max(800),
  steps: z.array(sentence).min(2).max(8),
  materials: z.array(z.string().trim().min(2).max(100)).max(12),
  ageMin: age.describe('Youngest age the activity suits.'),
  ageMax: age.describe(`Oldest age the activity suits; ${MAX_AGE} means no upper limit.`),
  minutesMin: minutes.describe(`Minutes the shortest session takes. ${minutesMeaning}`),
  minutesMax: minutes.describe('Minutes the longest session takes (one session, as for minutesMin).'),
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
  participants,
  remote: z.boolean().describe('True when mother and son can do it apart (by video call, phone or post).'),
  accessibility: unique(accessibilityTag).max(6).describe('Ways the activity is accessible; every current activity claims at least one.'),
  situations: unique(situation)
    .max(3)
    .default([])
    .describe(
      'Life situations the activity assumes (two homes, living apart, his own children...); such an activity is recommended ' +
        'only to callers who name one of them. Empty for activities that fit every family.',
    ),
  themes: unique(theme)
    .max(3)
    .default([])
    .describe('Themes the activity is about (siblings, grief, culture and heritage...), for finding it; they never limit where it is recommended.'),
  recurrence,
  facilitatorNote: z
    .string()
    .trim()
    .min(20)
    .max(400)
    .describe('For a counselor or group leader running it: what to prepare, and what to watch for.'),
  formerIds: unique(formerId('activity'))
    .default([])
    .describe('Ids this activity had before it was renamed, or of activities merged into it; they still resolve to it.'),
}

// Bodies published before content model v2 (November 2026) lack these fields; the API leaves them out.
const v2 = 'absent on versions published before November 2026'
const storedObject = z.object({
  ...fields,
  participants: fields.participants.optional().describe(`How many people take part; ${v2}.`),
  remote: fields.remote.optional().describe(`True when mother and son can do it apart; ${v2}.`),
  accessibility: fields.accessibility.default([]),
  situations: fields.situations.describe(`${fields.situations.description} Empty on versions published before December 2026.`),
  recurrence: fields.recurrence.optional().describe(`Once, over several days, or a series; ${v2}.`),
  facilitatorNote: fields.facilitatorNote.optional().describe(`For a counselor or group leader; ${v2}.`),
})

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
  stored: storedObject,
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
    gradeBands: gradeBandsOf(content),
    remote: content.remote,
    accessibility: content.accessibility,
    situations: content.situations,
    themes: content.themes,
    participantsMin: content.participants.min,
    participantsMax: content.participants.max,
  }),
  api: z
    .object({ ...documentRef('activity:family-recipe-night'), ...storedObject.shape, ...derivedFields })
    .meta({ id: 'Activity', description: 'Something a mother and son can do together, and why it strengthens the bond.' }),
  toItem: (ref, content: z.output<typeof storedObject>) => ({ ...ref, ...content, gradeBands: gradeBandsOf(content) }),
  derived: Object.keys(derivedFields),
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
    remote: booleanFilter('`true`: only activities that can be done apart; `false`: only those done together in person.', (value) =>
      eq(documentVersions.remote, value),
    ),
    accessibility: textFilter(accessibilityTag, (value) => arrayContains(documentVersions.accessibility, [value])),
    participants: integerFilter(participantCount.describe('Only activities that suit this many people, mother and son included.'), (value) =>
      and(lte(documentVersions.participantsMin, value), gte(documentVersions.participantsMax, value)),
    ),
    gradeBand: textFilter(gradeBand, (value) => arrayContains(documentVersions.gradeBands, [value])),
    situation: textFilter(situation.describe('Only activities written for this life situation.'), (value) =>
      arrayContains(documentVersions.situations, [value]),
    ),
    theme: textFilter(theme.describe('Only activities about this theme.'), (value) => arrayContains(documentVersions.themes, [value])),
  },
  relations: {
    topics: { to: 'topic', each: { slug: 'topic', graphql: 'NurturedTopic' }, namedBy: 'activities' },
    prompts: { to: 'prompt', graphql: 'suggestedPrompts' },
  },
})

export type ActivityContent = z.infer<typeof activityType.content>
