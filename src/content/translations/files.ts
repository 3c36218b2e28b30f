import { createHash } from 'node:crypto'
import { z } from 'zod'
import { line, paragraph, slug } from '../types/define.js'
import { activityCategories, contentWarnings, directions, lifeStages, promptSettings, purposes, situations, themes } from '../vocabulary.js'

/**
 * Translations of the bundled content (issue 26, design in shared/design/i18n.md): one folder per locale
 * under content/translations/, one file per document type. A translation holds only the text fields of
 * its document, the revision of the English text it was made from (`source`) and its own review state;
 * ages, links, tags and every other field live once, on the document. A translation is complete when it
 * has every text field its English source has, and outdated when the English text changed since.
 */

/** Locales with a translation folder. `en` is the source and has none. */
export const translatedLocales = ['es'] as const
export type TranslatedLocale = (typeof translatedLocales)[number]

export const reviewStates = ['approved', 'needs-review'] as const

/** The text fields of each translated type, in the order a source revision hashes them. */
export const textFields = {
  prompt: ['text', 'responseTip', 'safeguardingNote', 'motherNote'],
  activity: ['title', 'description', 'steps', 'materials', 'facilitatorNote', 'topics'],
  topic: ['title', 'summary', 'paragraphs', 'keyPoints'],
} as const
export type TranslatedType = keyof typeof textFields

type Body = Record<string, unknown>

/** The translatable text of an English body: its text fields, an activity's topics reduced to their reasons. */
export function sourceText(type: TranslatedType, body: Body): Record<string, unknown> {
  const text: Record<string, unknown> = {}
  for (const field of textFields[type]) {
    const value = body[field]
    if (value === undefined) continue
    text[field] = field === 'topics' ? (value as { topic: string; why: string }[]).map(({ topic, why }) => ({ topic, why })) : value
  }
  return text
}

/**
 * The revision of an English body's text a translation is made from: 16 characters of the SHA-256 of
 * its text fields. Any change to a text field changes it; no other field does.
 */
export function sourceRevision(type: TranslatedType, body: Body): string {
  return createHash('sha256').update(JSON.stringify(sourceText(type, body))).digest('base64url').slice(0, 16)
}

const revision = z
  .string()
  .regex(/^[A-Za-z0-9_-]{16}$/, 'the source revision content:check prints for the English text')
  .describe('The revision of the English text this translation was made from.')
const translated = {
  slug,
  source: revision,
  review: z.enum(reviewStates).describe('approved: read by a reviewer who reads as a Spanish-speaking school counselor.'),
}

/**
 * Spanish runs a fifth to a quarter longer than the English it translates, so a translated field may be a
 * quarter longer than its English limit (a 450-character note, 560 in Spanish).
 */
const longer = (english: number) => Math.round(english * 1.25)
const translatedSentence = z.string().trim().min(10).max(longer(300))

export const promptTranslation = z.strictObject({
  ...translated,
  text: translatedSentence.optional(),
  responseTip: translatedSentence.optional(),
  safeguardingNote: z.string().trim().min(10).max(longer(450)).optional(),
  motherNote: translatedSentence.optional(),
})
export const activityTranslation = z.strictObject({
  ...translated,
  title: z.string().trim().min(3).max(longer(80)).optional(),
  description: z.string().trim().min(20).max(longer(800)).optional(),
  steps: z.array(translatedSentence).min(2).max(8).optional(),
  materials: z.array(z.string().trim().min(2).max(longer(100))).max(12).optional(),
  facilitatorNote: z.string().trim().min(10).max(longer(400)).optional(),
  topics: z
    .array(z.strictObject({ topic: slug, why: translatedSentence }))
    .max(3)
    .optional(),
})
export const topicTranslation = z.strictObject({
  ...translated,
  title: line.optional(),
  summary: paragraph.optional(),
  paragraphs: z.array(paragraph).min(1).max(40).optional(),
  keyPoints: z.array(paragraph).min(1).max(10).optional(),
})

const locale = z.enum(translatedLocales)
export const translationFiles = {
  prompt: { file: 'prompts.json', schema: z.strictObject({ locale, prompts: z.array(promptTranslation).max(1000) }), key: 'prompts' },
  activity: { file: 'activities.json', schema: z.strictObject({ locale, activities: z.array(activityTranslation).max(500) }), key: 'activities' },
  topic: { file: 'topics.json', schema: z.strictObject({ locale, topics: z.array(topicTranslation).max(50) }), key: 'topics' },
} as const

const labelsOf = <T extends readonly string[]>(values: T) => z.strictObject(Object.fromEntries(values.map((value) => [value, line])) as Record<T[number], typeof line>)

/** Labels of the vocabularies a caller shows (warnings, situations, themes...): every value, in each locale. */
export const labelsFile = z.strictObject({
  locale,
  labels: z.strictObject({
    contentWarnings: labelsOf(contentWarnings),
    situations: labelsOf(situations),
    themes: labelsOf(themes),
    purposes: labelsOf(purposes),
    settings: labelsOf(promptSettings),
    activityCategories: labelsOf(activityCategories),
    lifeStages: labelsOf(lifeStages),
    directions: labelsOf(directions),
  }),
})

/** Terms a translation must carry when its English does, and the accepted renderings (glossary.json). */
export const glossaryFile = z.strictObject({
  locale,
  terms: z
    .array(
      z.strictObject({
        en: z.string().trim().min(2).max(80),
        es: z.array(z.string().trim().min(2).max(80)).min(1).max(6),
        note: z.string().trim().max(200).optional(),
      }),
    )
    .max(300),
})
