import { access } from 'node:fs/promises'
import { join } from 'node:path'
import { newStemmer } from 'snowball-stemmers'
import { firstQuestion, nearDuplicates, phoneNumberIn, type ContentProblem, type PromptLike, type RuleName } from '../check/rules.js'
import { ContentSchemaError, readValidated, type ContentDocument, type SchemaProblem } from '../load-content.js'
import { glossaryFile, labelsFile, sourceRevision, sourceText, textFields, translatedLocales, translationFiles, type TranslatedLocale, type TranslatedType } from './files.js'

/** Where a translation stands against its English document. */
export interface TranslationStatus {
  locale: TranslatedLocale
  type: TranslatedType
  slug: string
  review: 'approved' | 'needs-review'
  /** Every text field the English has is translated: it can be served whole. */
  complete: boolean
  /** The English text changed since the translation was made (its `source` is not the current revision). */
  outdated: boolean
  /** Text fields the English has and the translation lacks. */
  missing: string[]
}

export interface TranslationReport {
  statuses: TranslationStatus[]
  problems: ContentProblem[]
  /** Labels per locale, when the locale has a labels file. */
  labels: Partial<Record<TranslatedLocale, unknown>>
}

/** Spanish syllables of one word: one per vowel nucleus, diphthongs counted once, hiatus twice. */
export function spanishSyllables(word: string): number {
  const plain = word
    .toLowerCase()
    .replace(/[^a-záéíóúüñ]/g, '')
    .replace(/h/g, '')
    // The u of que, qui, gue, gui is silent (güe and güi keep theirs).
    .replace(/([qg])u(?=[eéií])/g, '$1')
    // A final y after a vowel sounds as i (hoy, muy, buey); alone it is a word of one syllable.
    .replace(/(?<=[aeiouáéíóú])y$/, 'i')
    .replace(/^y$/, 'i')
  const strong = new Set('aeoáéó')
  const accentedWeak = new Set('íú')
  let count = 0
  for (const run of plain.match(/[aeiouáéíóúü]+/g) ?? []) {
    count++
    for (let i = 1; i < run.length; i++) {
      const [before, after] = [run[i - 1]!, run[i]!]
      if ((strong.has(before) && strong.has(after)) || accentedWeak.has(before) || accentedWeak.has(after)) count++
    }
  }
  return Math.max(1, count)
}

/**
 * Szigriszt-Pazos perspicuity, read on the INFLESZ scale (Barrio-Cantalejo 2008): 206.835 - 62.3 x
 * syllables per word - words per sentence. 80 and up is "muy fácil", what a primary school child reads
 * alone; 65-80 "bastante fácil"; 55-65 "normal". The Spanish counterpart of Flesch-Kincaid, with a
 * Spanish syllable count (the `syllable` package counts English).
 */
export function inflesz(text: string): number {
  const words = text.match(/[A-Za-zÁÉÍÓÚÜÑáéíóúüñ]+/g) ?? []
  if (words.length === 0) return 100
  const sentences = Math.max(1, (text.match(/[.!?…]+(?=\s|$)/g) ?? []).length)
  const syllables = words.reduce((sum, word) => sum + spanishSyllables(word), 0)
  return 206.835 - (62.3 * syllables) / words.length - words.length / sentences
}

/** INFLESZ score a son of 6 or 7 reads alone: "muy fácil". */
export const EASY_FOR_AGES_6_7 = 80

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Diacritic}/gu, '')
    .toLowerCase()

/**
 * Forms of address a Spanish translation never uses: usted (mother and son say tú) and vosotros with
 * its forms (US Spanish says ustedes for "you two", which stays).
 */
export function formalOrPeninsular(text: string): string | null {
  // \b is ASCII-only: "años" would end in a word "os". Letters are \p{L} here.
  return /(?<!\p{L})(usted|vosotr[oa]s|vuestr[oa]s?|os|\p{L}+(áis|éis))(?!\p{L})/iu.exec(text)?.[0] ?? null
}

/** Spain-only words a US family may not know, with what US Spanish says. */
const word = (pattern: string) => new RegExp(`(?<!\\p{L})(${pattern})(?!\\p{L})`, 'iu')
export const spainOnlyWords: { word: RegExp; say: string }[] = [
  { word: word('m[óo]vil(es)?'), say: 'celular' },
  { word: word('ordenador(es)?'), say: 'computadora' },
  { word: word('cog(er|e|es|en|emos|ió|ido|iendo|í|ía|ían|ieron)'), say: 'agarrar or tomar' },
  { word: word('zumos?'), say: 'jugo' },
  { word: word('chaval(es|a|as)?'), say: 'muchacho, niño' },
  { word: word('guay'), say: 'padre, genial' },
]

const spanishFillers = new Set(
  ('a al algo alguien algún alguna alguno ante antes aquí así aunque cada como con cual cuál cuando cuándo de del desde donde dónde el él ella ellas ellos en entre era eres es esa ese eso esta está estás este esto fue ha has hay la las le les lo los me mi mí mis muy nada ni no nos o otra otro para pero por qué que quién quien se si sí sin sobre son su sus también te ti tiene tienes tu tú tus un una uno unos unas y ya yo ' +
    'mamá cosa cosas vez veces ahora hoy alguna algunas día siempre nunca más menos bien ser estar hacer haces hiciste crees piensas ' +
    'era eras éramos eran fui fuiste fueron estaba estabas estaban tenía tenías había')
    .split(' '),
)
const spanishStemmer = newStemmer('spanish')

/**
 * The content words of a Spanish prompt's first question, stemmed with Snowball's Spanish stemmer: the
 * counterpart of `contentWords` for the near-duplicate rule.
 */
export function spanishContentWords(text: string): Set<string> {
  const words = firstQuestion(text, /^mamá,\s*/i).toLowerCase().match(/\p{L}+/gu) ?? []
  return new Set(words.filter((word) => !spanishFillers.has(word)).map((word) => spanishStemmer.stem(word)).filter((word) => word.length > 1))
}

function problem(rule: RuleName, where: string, slug: string, message: string): ContentProblem {
  return { rule, where, slug, message, related: [] }
}

const exists = (path: string) =>
  access(path).then(
    () => true,
    () => false,
  )

/**
 * Reads content/translations/<locale>/ against the English documents: the status of every translation
 * (complete, outdated, reviewed) and the problems content:check refuses. A file of the wrong shape
 * throws ContentSchemaError like the English files do.
 */
export async function readTranslations(folder: string, documents: ContentDocument[]): Promise<TranslationReport> {
  const statuses: TranslationStatus[] = []
  const problems: ContentProblem[] = []
  const labels: TranslationReport['labels'] = {}
  const schemaProblems: SchemaProblem[] = []
  const english = new Map(documents.map((doc) => [doc.id, doc]))

  for (const locale of translatedLocales) {
    const base = `translations/${locale}`
    if (!(await exists(join(folder, base)))) continue
    const translatedPrompts: { where: string; prompt: PromptLike }[] = []
    let glossary: { en: string; es: string[] }[] = []
    if (await exists(join(folder, base, 'glossary.json'))) {
      const read = await readValidated(folder, `${base}/glossary.json`, glossaryFile)
      if ('problems' in read) schemaProblems.push(...read.problems)
      else glossary = read.content.terms
    }
    if (await exists(join(folder, base, 'labels.json'))) {
      const read = await readValidated(folder, `${base}/labels.json`, labelsFile)
      if ('problems' in read) schemaProblems.push(...read.problems)
      else labels[locale] = read.content.labels
    }
    for (const [type, { file, schema, key }] of Object.entries(translationFiles) as [TranslatedType, (typeof translationFiles)[TranslatedType]][]) {
      const path = `${base}/${file}`
      if (!(await exists(join(folder, path)))) continue
      const read = await readValidated(folder, path, schema)
      if ('problems' in read) {
        schemaProblems.push(...read.problems)
        continue
      }
      if (read.content.locale !== locale) schemaProblems.push({ rule: 'schema', where: `${path}: locale`, message: `says "${read.content.locale}" in the ${locale} folder` })
      const items = (read.content as unknown as Record<string, Record<string, unknown>[]>)[key]!
      const seen = new Set<string>()
      items.forEach((item, index) => {
        const slug = item.slug as string
        const where = (field: string) => `${path}: ${key}.${index}${field ? `.${field}` : ''} (${slug})`
        if (seen.has(slug)) problems.push(problem('translation-unknown-slug', where(''), slug, `translates "${slug}" twice`))
        seen.add(slug)
        const doc = english.get(`${type}:${slug}`)
        if (!doc) {
          problems.push(problem('translation-unknown-slug', where(''), slug, `no ${type} has the slug "${slug}"`))
          return
        }
        const source = sourceText(type, doc.body)
        const missing = textFields[type].filter((field) => source[field] !== undefined && item[field] === undefined)
        statuses.push({
          locale,
          type,
          slug,
          review: item.review as TranslationStatus['review'],
          complete: missing.length === 0,
          outdated: item.source !== sourceRevision(type, doc.body),
          missing,
        })
        for (const field of textFields[type]) {
          if (item[field] === undefined) continue
          if (source[field] === undefined) {
            problems.push(problem('translation-extra-field', where(field), slug, `the English ${type} has no ${field}`))
            continue
          }
          problems.push(...shapeProblems(field, source[field], item[field], where(field), slug))
        }
        problems.push(...spanishProblems(type, doc, source, item, where, slug, glossary))
        if (type === 'prompt' && typeof item.text === 'string') translatedPrompts.push({ where: where('text'), prompt: { ...(doc.body as unknown as PromptLike), text: item.text } })
      })
    }
    // Two Spanish prompts that restate each other, by the English rule with Spanish words.
    for (const [a, b, score] of nearDuplicates(
      translatedPrompts.map(({ prompt }) => prompt),
      undefined,
      spanishContentWords,
    )) {
      const at = translatedPrompts.find(({ prompt }) => prompt.slug === a)!
      problems.push({ ...problem('near-duplicate', at.where, a, `restates "${b}" in Spanish (similarity ${score.toFixed(2)})`), related: [b] })
    }
  }
  if (schemaProblems.length) throw new ContentSchemaError(schemaProblems)
  return { statuses, problems, labels }
}

/** A list field keeps the English's length and order; a topic reason keeps its topic. */
function shapeProblems(field: string, english: unknown, translated: unknown, where: string, slug: string): ContentProblem[] {
  if (!Array.isArray(english)) return []
  const list = translated as unknown[]
  if (list.length !== english.length) return [problem('translation-shape', where, slug, `has ${list.length} ${field}, the English ${english.length}`)]
  if (field === 'topics') {
    const topics = (list as { topic: string }[]).map((item) => item.topic).join(', ')
    const expected = (english as { topic: string }[]).map((item) => item.topic).join(', ')
    if (topics !== expected) return [problem('translation-shape', where, slug, `gives reasons for ${topics}, the English for ${expected}`)]
  }
  return []
}

/** The texts of a translated field, one string per sentence-bearing value. */
function texts(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap((item) => (typeof item === 'string' ? [item] : [String((item as { why: string }).why)]))
  return []
}

function spanishProblems(
  type: TranslatedType,
  doc: ContentDocument,
  source: Record<string, unknown>,
  item: Record<string, unknown>,
  where: (field: string) => string,
  slug: string,
  glossary: { en: string; es: string[] }[],
): ContentProblem[] {
  const found: ContentProblem[] = []
  for (const field of textFields[type]) {
    if (item[field] === undefined || source[field] === undefined) continue
    const spanish = texts(item[field])
    const english = texts(source[field])
    spanish.forEach((text, index) => {
      if (text.length > 3 && text === english[index]) found.push(problem('translation-untranslated', where(field), slug, `is the English text: "${text.slice(0, 60)}"`))
      const questions = (text.match(/\?/g) ?? []).length
      const opened = (text.match(/¿/g) ?? []).length
      if (questions !== opened) found.push(problem('es-question-marks', where(field), slug, `has ${opened} ¿ for ${questions} ?: every question opens with ¿`))
      if ((text.match(/!/g) ?? []).length !== (text.match(/¡/g) ?? []).length) found.push(problem('es-question-marks', where(field), slug, 'every exclamation opens with ¡'))
      const address = formalOrPeninsular(text)
      if (address) found.push(problem('es-usted-or-vosotros', where(field), slug, `says "${address}": mother and son say tú to each other, and two people are ustedes, not vosotros`))
      for (const { word, say } of spainOnlyWords) {
        const match = word.exec(text)
        if (match) found.push(problem('es-spain-only-word', where(field), slug, `says "${match[0]}", which US families may not use: say ${say}`))
      }
    })
    if (field === 'safeguardingNote' || field === 'motherNote' || field === 'facilitatorNote') {
      const number = phoneNumberIn(spanish.join(' '))
      if (number) found.push(problem('number-in-note', where(field), slug, `names the number "${number}": name the resource instead`))
    }
    for (const { en, es } of glossary) {
      if (!fold(english.join(' ')).includes(fold(en))) continue
      if (!es.some((term) => fold(spanish.join(' ')).includes(fold(term)))) {
        found.push(problem('es-glossary', where(field), slug, `the English says "${en}": say ${es.map((term) => `"${term}"`).join(' or ')}`))
      }
    }
  }
  if (type === 'prompt' && typeof item.text === 'string') {
    const body = doc.body as { ageMin: number; ageMax: number; direction: string; readAloud?: boolean }
    if (body.ageMin <= 5 && (item.text.match(/¿/g) ?? []).length > 1) {
      found.push(problem('es-one-question-for-ages-3-5', where('text'), slug, 'asks more than one question of a child of 3 to 5'))
    }
    const readsAlone = body.direction === 'son-to-mother' && body.ageMin <= 7 && body.ageMax >= 6 && !body.readAloud
    if (readsAlone && inflesz(item.text) < EASY_FOR_AGES_6_7) {
      found.push(problem('es-hard-to-read-for-ages-6-7', where('text'), slug, `scores ${inflesz(item.text).toFixed(0)} on INFLESZ, under ${EASY_FOR_AGES_6_7} ("muy fácil") for a son of 6 or 7 reading alone`))
    }
  }
  return found
}
