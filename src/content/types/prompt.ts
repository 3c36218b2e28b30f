import { and, arrayContains, arrayOverlaps, eq, gte, inArray, lt, lte, not, sql } from 'drizzle-orm'
import { z } from 'zod'
import { documentVersions } from '../../db/schema.js'
import {
  competencies,
  contentWarningMeaning,
  contentWarnings,
  directions,
  gradeBands,
  MAX_AGE,
  MIN_AGE,
  mildWarnings,
  promptSettings,
  purposes,
  situationMeaning,
  situations,
  themeMeaning,
  themes,
} from '../vocabulary.js'
import { gradeBandsOf, readingGradeOf } from './derived.js'
import { ageBandsOf } from './age.js'
import { declareType, documentRef, formerId, integerFilter, booleanFilter, listFilter, sentence, slug, textFilter, unique } from './define.js'

export const age = z.number().int().min(MIN_AGE).max(MAX_AGE).describe(`The son's age in years, ${MIN_AGE}-${MAX_AGE}.`)
export const depth = z.number().int().min(1).max(3).describe('1 light, 2 personal, 3 deep.')
export const promptSetting = z.enum(promptSettings).describe('Occasion the prompt suits.')
export const direction = z
  .enum(directions)
  .describe('Who asks: the mother, the son, or either (the guide insists on a two-way street).')
export const competency = z.enum(competencies).describe('CASEL social-emotional competency.')
export const contentWarning = z
  .enum(contentWarnings)
  .describe(`What a prompt touches: ${Object.entries(contentWarningMeaning).map(([warning, meaning]) => `${warning} (${meaning})`).join('; ')}.`)
export const situation = z
  .enum(situations)
  .describe(
    `A life situation a prompt or an activity assumes: ${Object.entries(situationMeaning)
      .map(([name, meaning]) => `${name}: ${meaning}`)
      .join(' ')}`,
  )
export const theme = z
  .enum(themes)
  .describe(
    `What an item is about, as a school counselor would look for it: ${Object.entries(themeMeaning)
      .map(([name, meaning]) => `${name}: ${meaning}`)
      .join(' ')}`,
  )
export const purpose = z.enum(purposes).describe('What the conversation is for.')
export const gradeBand = z
  .enum(Object.keys(gradeBands) as [keyof typeof gradeBands, ...(keyof typeof gradeBands)[]])
  .describe('US school grade band: pre-k (ages 3-4), k-2 (5-7), 3-5 (8-10), 6-8 (11-13), 9-12 (14-17), adult (18+).')
const readingGradeLimit = z.number().int().min(0).max(20).describe('Only prompts whose text reads at this US school grade or below.')

/** Fields the API derives from the content: not written in files. */
const derivedFields = {
  gradeBands: unique(gradeBand).describe('US school grade bands the age range covers.'),
  readingGrade: z
    .number()
    .min(0)
    .describe('Flesch-Kincaid US grade level of the text, computed on import.')
    .meta({ example: 3.6 }),
}

const fields = {
  slug: slug.describe('Use it in `/v1/prompts/{slug}`.').meta({ example: 'a-dream-you-have-not-told-many-people' }),
  text: sentence.meta({ example: "What's something you dream of doing someday that you haven't told many people?" }),
  followUps: unique(slug).max(3).describe('Slugs of prompts that make a natural next question.'),
  topics: unique(slug).min(1).max(3).describe('Guide topics the prompt draws on, the main one first.'),
  ageMin: age.describe('Youngest age the prompt suits.'),
  ageMax: age.describe(`Oldest age the prompt suits; ${MAX_AGE} means no upper limit.`),
  depth,
  settings: unique(promptSetting).min(1),
  direction,
  competencies: unique(competency).min(1).max(3).describe('CASEL competencies the conversation exercises.'),
  sensitive: z
    .boolean()
    .describe(
      `True when the subject may upset (grief, divorce, conflict...). Every depth 3 prompt is sensitive, and so is every prompt with a content warning, except the mild ones: ${Object.entries(mildWarnings)
        .map(([warning, depth]) => `\`${warning}\` up to depth ${depth}`)
        .join(', ')}.`,
    ),
  contentWarnings: unique(contentWarning)
    .max(4)
    .default([])
    .describe('What the prompt touches, from a fixed vocabulary, so a caller can leave it out.'),
  situations: unique(situation)
    .max(3)
    .default([])
    .describe('Life situations the prompt assumes; such a prompt is served only to callers who ask for one of them.'),
  themes: unique(theme)
    .max(3)
    .default([])
    .describe('Themes the prompt is about (siblings, grief, peer pressure...), for finding it; they never limit where it is served.'),
  purpose,
  responseTip: sentence
    .optional()
    .describe('How the listener can respond, in a sentence or two. Every prompt has one, at any depth (versions published before December 2026 may not).'),
  // Up to 450 characters, not 300: a note may need to say what not to do as well as where to turn.
  safeguardingNote: z
    .string()
    .trim()
    .min(10)
    .max(450)
    .optional()
    .describe(
      'For the adult, on every prompt that invites a disclosure: how to listen, and where to turn if what he shares is serious.',
    ),
  motherNote: sentence
    .optional()
    .describe(
      "For the mother, on every son-to-mother prompt of depth 3 or sensitive: how to answer honestly, at his age, without handing him adult worries.",
    ),
  readAloud: z
    .boolean()
    .default(false)
    .describe(
      'True when the adult reads the prompt aloud for a young son: a son-to-mother prompt for ages 6-7 whose words are above his reading level (grade 3).',
    ),
  resources: unique(slug)
    .max(6)
    .default([])
    .describe(
      'Crisis resources for the adult, by slug, the best fit first; served resolved (`/v1/resources/{slug}`), only those of the caller’s region. Every prompt with a safeguardingNote names at least one for the US.',
    ),
  formerIds: unique(formerId('prompt'))
    .default([])
    .describe('Ids this prompt had before it was renamed, or of prompts merged into it; they still resolve to it.'),
}

// Bodies published before content model v2 (November 2026) have no purpose; the API leaves it out.
// Bodies published before December 2026 name no resources: they are read as naming none.
const storedFields = {
  ...fields,
  purpose: purpose.optional().describe('What the conversation is for; absent on versions published before November 2026.'),
  readAloud: fields.readAloud.removeDefault().optional().describe(`${fields.readAloud.description} Absent on versions published before December 2026.`),
}
const storedObject = z.object(storedFields)

const either = 'either'

/** A prompt is heavy when it is vulnerable (depth 3) or may upset (sensitive): whoever answers may disclose something. */
function heavy(prompt: { depth: number; sensitive: boolean }): boolean {
  return prompt.depth === 3 || prompt.sensitive
}

/**
 * A heavy prompt the son may be the one answering (mother-to-son or either) invites his disclosure: it
 * needs a `safeguardingNote` for the adult listening.
 */
export function invitesDisclosure(prompt: { direction: string; depth: number; sensitive: boolean }): boolean {
  return prompt.direction !== 'son-to-mother' && heavy(prompt)
}

/**
 * A heavy son-to-mother prompt asks the mother to disclose: it needs a `motherNote` on answering
 * honestly at his age without handing him adult worries.
 */
export function needsMotherNote(prompt: { direction: string; depth: number; sensitive: boolean }): boolean {
  return prompt.direction === 'son-to-mother' && heavy(prompt)
}

/** Sensitive and deep (depth 3) prompts: served only to a caller who asks with `includeSensitive`. */
function withoutSensitive() {
  return and(eq(documentVersions.sensitive, false), lt(documentVersions.depth, 3))
}

export const promptType = declareType({
  type: 'prompt',
  content: z
    .strictObject(fields)
    .refine((value) => value.ageMax >= value.ageMin, { message: 'ageMax must be at least ageMin', path: ['ageMax'] })
    .refine((value) => !value.followUps.includes(value.slug), { message: 'must not follow up on itself', path: ['followUps'] })
    .refine((value) => !value.settings.includes('activity') || value.settings.length === 1, {
      message: 'an activity-only prompt has the activity setting alone',
      path: ['settings'],
    })
    .refine((value) => value.responseTip !== undefined, {
      message: 'every prompt needs a responseTip, at any depth',
      path: ['responseTip'],
    })
    .refine((value) => !invitesDisclosure(value) || value.safeguardingNote !== undefined, {
      message: 'a prompt that invites a disclosure (depth 3 or sensitive, answered by the son) needs a safeguardingNote',
      path: ['safeguardingNote'],
    }),
  stored: storedObject,
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
    contentWarnings: content.contentWarnings,
    situations: content.situations,
    themes: content.themes,
    purpose: content.purpose,
    gradeBands: gradeBandsOf(content),
    readingGrade: readingGradeOf(content.text),
  }),
  api: z
    .object({ ...documentRef('prompt:a-dream-you-have-not-told-many-people'), ...storedFields, ...derivedFields })
    .meta({ id: 'Prompt', description: 'A conversation prompt: a question or opener a mother or a son can use.' }),
  toItem: (ref, content: z.output<typeof storedObject>) => ({ ...ref, ...content, gradeBands: gradeBandsOf(content), readingGrade: readingGradeOf(content.text) }),
  derived: Object.keys(derivedFields),
  filters: {
    topic: textFilter(slug.describe('Only prompts drawing on this topic.'), (topic) => arrayContains(documentVersions.topics, [topic])),
    age: integerFilter(age, (value) => and(lte(documentVersions.ageMin, value), gte(documentVersions.ageMax, value))),
    depth: integerFilter(depth, (value) => eq(documentVersions.depth, value)),
    setting: {
      ...textFilter(promptSetting, (value) => arrayContains(documentVersions.settings, [value])),
      // An activity-only prompt makes sense during one activity: listed only for `setting=activity`.
      absent: () => sql`${documentVersions.settings} <> array['activity']::text[]`,
    },
    direction: textFilter(direction.describe('Prompts for this direction, plus those that work either way.'), (value) =>
      inArray(documentVersions.direction, value === either ? [either] : [value, either]),
    ),
    competency: textFilter(competency, (value) => arrayContains(documentVersions.competencies, [value])),
    includeSensitive: booleanFilter(
      '`true` also serves prompts on sensitive subjects and deep (depth 3) prompts; left out by default. A key whose policy excludes them never gets them.',
      (value) => (value ? undefined : withoutSensitive()),
      { absent: withoutSensitive },
    ),
    excludeSensitive: booleanFilter(
      'Deprecated: use `includeSensitive` (`excludeSensitive=false` is `includeSensitive=true`). Sunset 2027-06-30.',
      (value) => (value ? withoutSensitive() : undefined),
      { deprecated: true },
    ),
    excludeWarnings: listFilter(contentWarning, 'Leave out prompts carrying any of these content warnings.', (values) =>
      not(arrayOverlaps(documentVersions.contentWarnings, values)),
    ),
    situation: textFilter(situation.describe('Only prompts written for this life situation.'), (value) =>
      arrayContains(documentVersions.situations, [value]),
    ),
    theme: textFilter(theme.describe('Only prompts about this theme.'), (value) => arrayContains(documentVersions.themes, [value])),
    purpose: textFilter(purpose, (value) => eq(documentVersions.purpose, value)),
    gradeBand: textFilter(gradeBand, (value) => arrayContains(documentVersions.gradeBands, [value])),
    maxReadingGrade: integerFilter(readingGradeLimit, (value) => lte(documentVersions.readingGrade, value)),
  },
  relations: {
    followUps: { to: 'prompt' },
    topics: { to: 'topic', namedBy: 'prompts' },
    resources: { to: 'resource' },
  },
})

export type PromptContent = z.infer<typeof promptType.content>
