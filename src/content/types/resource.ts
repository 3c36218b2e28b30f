import { z } from 'zod'
import { declareType, documentRef, line, sentence, slug, unique } from './define.js'

/** An ISO 3166-1 alpha-2 country code, upper case (`US`, `GB`). */
export const region = z
  .string()
  .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code such as "US"')
  .describe('ISO 3166-1 alpha-2 country code, upper case.')
  .meta({ example: 'US' })

/** A BCP 47 language tag, as the resources use them: a language, optionally a region (`en`, `es`, `es-US`). */
export const languageTag = z
  .string()
  .regex(/^[a-z]{2,3}(-[A-Z]{2})?$/, 'must be a BCP 47 language tag such as "en" or "es"')
  .describe('BCP 47 language tag.')

export const channelKinds = ['call', 'text', 'chat', 'web'] as const

const channel = z
  .strictObject({
    kind: z.enum(channelKinds).describe('How to reach the resource: call a number, text a number, chat online, or use a web page.'),
    value: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .describe('The number to call or text, or the address to open.')
      .meta({ example: '988' }),
    message: z.string().trim().min(1).max(40).optional().describe('The word to send, for a text channel that asks for one.').meta({ example: 'AYUDA' }),
    note: line.optional().describe('When this channel is the one to use (for example, the Spanish line).'),
    languages: unique(languageTag).min(1).max(10).optional().describe('Languages of this channel, when not all of the resource’s.'),
  })
  .describe('One way to reach a resource, checked against its official page.')

const fields = {
  slug: slug.describe('Use it in `/v1/resources/{slug}` and in a prompt’s `resources`.').meta({ example: '988-lifeline' }),
  name: line.meta({ example: '988 Suicide & Crisis Lifeline' }),
  purpose: sentence.describe('What the resource is for, in one plain sentence.'),
  channels: z.array(channel).min(1).max(8).describe('How to reach it, the usual way first.'),
  hours: line.optional().describe('When it answers, as its official page says; absent when the page checked does not say.').meta({ example: '24 hours a day, 7 days a week' }),
  languages: unique(languageTag).min(1).max(20).describe('Languages it answers in.'),
  region: region.describe('The country the resource serves (ISO 3166-1 alpha-2).'),
  source: z.url().max(300).describe('The official page the channels were checked against.'),
  checkedAt: z.iso.date().describe('The day the channels were checked against `source`.').meta({ example: '2026-12-07' }),
}

export const resourceType = declareType({
  type: 'resource',
  content: z.strictObject(fields),
  columns: (content, position) => ({ title: content.name, summary: content.purpose, position, searchText: `${content.name}\n${content.purpose}` }),
  api: z
    .object({ ...documentRef('resource:988-lifeline'), ...fields })
    .meta({ id: 'Resource', description: 'A crisis resource: who to contact when what a son shares is serious, with how to reach it and where that was checked.' }),
  toItem: (ref, content) => ({ ...ref, ...content }),
  filters: {},
})

export type ResourceContent = z.infer<typeof resourceType.content>
