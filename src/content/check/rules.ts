import { LONG_SESSION_MINUTES } from '../types/activity.js'
import { ageBandsOf } from '../types/age.js'
import { readingGradeOf } from '../types/derived.js'
import { invitesDisclosure, needsMotherNote } from '../types/prompt.js'
import { lifeStages, mildWarnings, themesOfSituations } from '../vocabulary.js'
import { mentionsTheGuide, prefixProblem, questionsAsked, ukSpellings } from './wording.js'

/**
 * The rules of content-style.md that a program can check, over every prompt and activity at once.
 * `loadContent` refuses content that breaks any of them (so an import fails), and `npm run
 * content:check` lists every problem with its file and item.
 */

export interface PromptLike {
  slug: string
  text: string
  topics?: string[] | undefined
  followUps: string[]
  ageMin: number
  ageMax: number
  depth: number
  direction: string
  sensitive: boolean
  settings: string[]
  responseTip?: string | undefined
  safeguardingNote?: string | undefined
  motherNote?: string | undefined
  /** Absent on bodies published before content model v2. */
  contentWarnings?: string[] | undefined
  resources?: string[] | undefined
  formerIds?: string[] | undefined
  /** Absent on versions published before December 2026: false. */
  readAloud?: boolean | undefined
  situations?: string[] | undefined
  themes?: string[] | undefined
}

/** A crisis resource as the rules need it: its slug and the country it serves. */
export interface ResourceLike {
  slug: string
  region: string
}

/** The region whose resources every safeguarding note must name: the bundled content is written for US families. */
export const SAFEGUARDING_REGION = 'US'

export interface ActivityLike {
  slug: string
  ageMin: number
  ageMax: number
  prompts: string[]
  topics: { topic: string; why: string }[]
  formerIds?: string[] | undefined
  title?: string | undefined
  description?: string | undefined
  steps?: string[] | undefined
  minutesMax?: number | undefined
  accessibility?: string[] | undefined
  situations?: string[] | undefined
  themes?: string[] | undefined
  recurrence?: { kind: string; sameDay?: boolean | undefined } | undefined
  facilitatorNote?: string | undefined
}

export interface TopicLike {
  slug: string
  lifeStages: string[]
}

export interface Located<T> {
  file: string
  field: string
  content: T
}

export const ruleNames = [
  'prefixed-id',
  'two-questions-for-ages-3-5',
  'son-to-mother-for-ages-3-5',
  'follow-up-switches-speaker',
  'follow-up-misses-ages',
  'follow-up-escalates-to-sensitive',
  'follow-up-loop',
  'suggestion-outside-activity-ages',
  'suggestion-sensitive',
  'missing-response-tip',
  'missing-safeguarding-note',
  'near-duplicate',
  'uk-spelling',
  'reason-says-the-guide',
  'former-id-clash',
  'deep-not-sensitive',
  'warning-not-sensitive',
  'sexual-content-without-warning',
  'missing-mother-note',
  'disclosure-phrase-without-note',
  'activity-without-accessibility',
  'long-session-not-same-day',
  'activity-situation-untagged',
  'hard-to-read-for-ages-6-7',
  'message-below-age-8',
  'safeguarding-note-without-resource',
  'situation-without-theme',
  'number-in-note',
  'topic-stages-differ',
  // Translations (src/content/translations/check.ts)
  'translation-unknown-slug',
  'translation-extra-field',
  'translation-shape',
  'translation-untranslated',
  'es-question-marks',
  'es-usted-or-vosotros',
  'es-spain-only-word',
  'es-glossary',
  'es-one-question-for-ages-3-5',
  'es-hard-to-read-for-ages-6-7',
] as const
export type RuleName = (typeof ruleNames)[number]

export interface ContentProblem {
  rule: RuleName
  /** `file: field (slug)` */
  where: string
  message: string
  /** Slug of the prompt or activity at fault. */
  slug: string
  /** Slugs of the other prompts the problem is about (a follow-up, a suggestion, a restated prompt). */
  related: string[]
}

/**
 * A phone number or a short emergency number in a note. Notes are served unchanged to every region, and
 * the numbers come from the resources the prompt lists (by the caller's region), so a note names the
 * resource ("call or text the Suicide & Crisis Lifeline", "your emergency number"). A plan's name such as
 * "504" is not a number to call.
 */
export function phoneNumberIn(text: string): string | null {
  return /\b(?:911|988|112|999)\b|(?:\b1[-. ])?\(?\b\d{3}\)?[-. ]\d{3}[-. ]\d{4}\b|\b\d{5,}\b/.exec(text)?.[0] ?? null
}

/**
 * Two prompt texts are near-duplicates when the sets of their content words (lower case, light
 * stemming, without function words and generic fillers such as "something" or "right now") have a
 * Jaccard similarity of at least this much. Chosen on the bundled content: every restatement the
 * November 2026 review found scores 0.75 or more, while the closest distinct prompts after the revision
 * score below it (see the tests in tests/content/rules.test.ts).
 *
 * It catches rewordings, not restatements in other words. Measured on the 655 prompts before the
 * December 2026 merge, no word-based or sentence-embedding measure separated the review's 18 clusters
 * (41 prompts) from the rest of the corpus. Lowered to 0.4, this one links 15 of the 41 to their
 * cluster and flags 334 other pairs; weighted overlap of lemmatized ideas links 20 and flags 471; a
 * sentence encoder (Universal Sentence Encoder lite, cosine) links 23 with 409 others at 0.7 and 30
 * with 2,741 at 0.6. Restatements are left to the independent reader every content batch has.
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.75

/**
 * The warnings on a prompt that make it sensitive (`warning-not-sensitive`). Every warning does, except
 * two, read against the bundled content:
 * - `romance` up to depth 2. These prompts are about crushes, asking someone out, turning someone down
 *   kindly, introducing a partner: they name a part of growing up without asking about a hurt. What may
 *   upset in a relationship (pressure, consent, control) carries `sexual-health`, which is never mild,
 *   and romance at depth 3 (love learned the hard way, a past relationship) is sensitive.
 * - `separation-and-divorce` at depth 1: "What was something fun you did at your other home?". These
 *   are also situational, so they reach only families who ask for them. At depth 2 they ask about
 *   feeling torn between homes, which may upset.
 * A portal that wants no romance at all leaves it out with `excludeWarnings`, which is what warnings
 * are for. Grief, mental health, safety, bullying, money, conflict, identity, the body and sexual
 * health may upset at any depth.
 */
export function warningsImplyingSensitive(prompt: { depth: number; contentWarnings?: string[] | undefined }): string[] {
  const mildUpTo = mildWarnings as Partial<Record<string, number>>
  return (prompt.contentWarnings ?? []).filter((warning) => prompt.depth > (mildUpTo[warning] ?? 0))
}

/**
 * A safety net, not a classifier: words and phrases that show a prompt is about sex, consent or sexual
 * pressure, so it must carry `sexual-health` as well as `romance`. Read in what is said and discussed
 * (the text and the response tip), not in the safeguarding note, which names where to turn (the report
 * line for sexual images of a minor) on prompts about other things. A program cannot tell sexual content
 * reliably; an editor still labels each prompt, and this catches the plain cases ("consent", "further or
 * faster", "okay with what's happening").
 */
export const sexualContentPattern =
  /\b(sex|sexual\w*|sexting|consent\w*|nudes?|hook(?:ing)? ?ups?|further or faster|okay with what's happening)\b/i

/** The first trigger word of `sexualContentPattern` in the prompt's text or tip, or null. */
export function sexualContentWord(prompt: { text: string; responseTip?: string | undefined }): string | null {
  const words = [prompt.text, prompt.responseTip ?? ''].join('\n').replace(/[’]/g, "'")
  return words.match(sexualContentPattern)?.[0] ?? null
}

/**
 * A safety net, not a classifier: phrases that invite the son to tell something hard even on a light,
 * non-sensitive prompt ("how are you really doing", "hard to say", "did I hurt your feelings"), so the
 * prompt needs a `safeguardingNote` whatever its depth. Chosen on the six such prompts the December 2026
 * review found without a note: it catches five of them and nothing else in the bundled content (ten
 * prompts match, all with a note). Ordinary feeling words (sad, worried) are left out: the prompts for
 * the youngest sons use them in everyday ways. Test worry (the sixth) is left to the editors.
 */
export const disclosurePhrasePattern =
  /\b(how are you (?:really )?(?:doing|feeling)|really doing|hard(?:er)? (?:for you )?to (?:say|tell|talk about)|tell me something hard|hard things|hurt your feelings|supposed to show|lonely|unsafe|picked on|bullied|afraid of|scares you)\b/i

/** The first disclosure phrase in a prompt's text, or null. */
export function disclosurePhrase(text: string): string | null {
  return text.replace(/[’]/g, "'").match(disclosurePhrasePattern)?.[0] ?? null
}

/**
 * Oldest age of the youngest band, where a prompt asks one thing: rule `two-questions-for-ages-3-5`,
 * which counts what a prompt asks by meaning (`questionsAsked` in ./wording.ts), not its question
 * marks. Measured on the bundled content of 2026-12-07 (452 prompts): it finds all 16 prompts for
 * ages 3-5 that the December 2026 review read as asking two things, and one more the review left out
 * ("Tell me about what you made. What's happening in it?": a request and a question). On the other
 * 436 prompts, run at every age since the same function would judge any text, it counts two or more
 * on 133; read one by one, 131 of them do ask two things, so 2 of the 305 prompts that ask one thing
 * are counted as two (0.7% false positives: "which one of us reads the instructions first, and which
 * one dives right in?", where answering one half answers the other, and "What would you have
 * done...? Would you have been brave, careful, or something else?", where the second question only
 * offers answers to the first). It missed none of the 436 that we read as asking two things. It reads
 * patterns, not grammar: tests/content/age-fit.test.ts holds the cases it must keep.
 */
export const YOUNG_MAX_AGE = 5

/**
 * A son-to-mother prompt that reaches ages 6-7 reads at this Flesch-Kincaid grade or below, or is
 * marked `readAloud` (the adult reads it to him): most 6- and 7-year-olds read at grade 1-2, and a
 * question he cannot read is not his question.
 */
export const READ_ALONE_MAX_GRADE = 3

/**
 * The youngest son a `message` prompt may reach. By 8 (grade 2-3) most children read and write short
 * sentences on their own; below it an adult would read the message to him and type his answer, so the
 * setting promises a conversation that is not his.
 */
export const MESSAGE_MIN_AGE = 8

const where = (item: Located<{ slug: string }>) => `${item.file}: ${item.field} (${item.content.slug})`

/**
 * `resources`: the crisis resources the prompts may name (the whole vocabulary); when given, a
 * safeguarding note must come with at least one resource of SAFEGUARDING_REGION.
 */
export function contentProblems(
  prompts: Located<PromptLike>[],
  activities: Located<ActivityLike>[],
  resources?: readonly ResourceLike[],
  topics?: readonly Located<TopicLike>[],
): ContentProblem[] {
  const problems: ContentProblem[] = []
  const add = (rule: RuleName, item: Located<{ slug: string }>, message: string, related: string[] = []) =>
    problems.push({ rule, where: where(item), message, slug: item.content.slug, related })
  const bySlug = new Map(prompts.map((item) => [item.content.slug, item.content]))

  for (const item of [...prompts, ...activities]) {
    const prefix = prefixProblem(item.content.slug)
    if (prefix) add('prefixed-id', item, `the slug says where it came from, not what it is: ${prefix}`)
  }
  for (const item of prompts) {
    const prompt = item.content
    const young = prompt.ageMin <= YOUNG_MAX_AGE
    const asked = young ? questionsAsked(prompt.text) : 1
    if (asked > 1) add('two-questions-for-ages-3-5', item, `asks ${asked} things for ages 3-5 (one question means one thing asked)`)
    if (young && prompt.direction === 'son-to-mother') add('son-to-mother-for-ages-3-5', item, 'a son-to-mother prompt starts below age 6')
    if (!prompt.responseTip) add('missing-response-tip', item, `no responseTip (every prompt needs one, at any depth; this one is depth ${prompt.depth})`)
    if (prompt.direction === 'son-to-mother' && prompt.ageMin <= 7 && prompt.ageMax >= 6 && !prompt.readAloud) {
      const grade = readingGradeOf(prompt.text)
      if (grade > READ_ALONE_MAX_GRADE) {
        add('hard-to-read-for-ages-6-7', item, `a son-to-mother prompt for ages 6-7 reads at grade ${grade} (above ${READ_ALONE_MAX_GRADE}): simplify it or mark it readAloud`)
      }
    }
    if (prompt.settings.includes('message') && prompt.ageMin < MESSAGE_MIN_AGE) {
      add('message-below-age-8', item, `offers the message setting from age ${prompt.ageMin}; a son reads and writes messages from ${MESSAGE_MIN_AGE}`)
    }
    if (invitesDisclosure(prompt) && !prompt.safeguardingNote) add('missing-safeguarding-note', item, 'invites a disclosure without a safeguardingNote')
    if (prompt.depth === 3 && !prompt.sensitive) add('deep-not-sensitive', item, 'depth 3 but not sensitive')
    const implying = warningsImplyingSensitive(prompt)
    if (implying.length && !prompt.sensitive) add('warning-not-sensitive', item, `content warning ${implying.join(', ')} at depth ${prompt.depth} but not sensitive`)
    const sexual = sexualContentWord(prompt)
    if (sexual && !prompt.contentWarnings?.includes('sexual-health')) add('sexual-content-without-warning', item, `says "${sexual}" without the sexual-health warning`)
    const phrase = prompt.direction === 'son-to-mother' ? null : disclosurePhrase(prompt.text)
    if (phrase && !prompt.safeguardingNote) add('disclosure-phrase-without-note', item, `asks "${phrase}" without a safeguardingNote`)
    if (needsMotherNote(prompt) && !prompt.motherNote) {
      add('missing-mother-note', item, `son-to-mother prompt ${prompt.depth === 3 ? 'of depth 3' : 'that is sensitive'} without a motherNote`)
    }
    if (resources && prompt.safeguardingNote) {
      const regionOf = new Map(resources.map((resource) => [resource.slug, resource.region]))
      const named = prompt.resources ?? []
      if (!named.some((slug) => regionOf.get(slug) === SAFEGUARDING_REGION)) {
        add(
          'safeguarding-note-without-resource',
          item,
          `a safeguardingNote without a crisis resource for ${SAFEGUARDING_REGION} in \`resources\` (named: ${named.length ? named.join(', ') : 'none'})`,
          named,
        )
      }
    }
    for (const [field, note] of [['safeguardingNote', prompt.safeguardingNote], ['motherNote', prompt.motherNote], ['responseTip', prompt.responseTip]] as const) {
      const number = note ? phoneNumberIn(note) : null
      if (number) add('number-in-note', item, `${field} says "${number}": name the resource instead (numbers are per region, served from \`resources\`)`)
    }
    const uk = ukSpellings([prompt.slug, prompt.text, prompt.responseTip ?? '', prompt.safeguardingNote ?? ''].join('\n'))
    if (uk.length) add('uk-spelling', item, `UK spelling: ${uk.join(', ')}`)
    for (const slug of prompt.followUps) {
      const next = bySlug.get(slug)
      if (!next) continue // unknown slugs are reported by the loader
      if (next.direction !== prompt.direction && next.direction !== 'either') {
        add('follow-up-switches-speaker', item, `follow-up "${slug}" is ${next.direction}, the prompt ${prompt.direction}`, [slug])
      }
      if (next.ageMin > prompt.ageMin || next.ageMax < prompt.ageMax) {
        add('follow-up-misses-ages', item, `follow-up "${slug}" (ages ${next.ageMin}-${next.ageMax}) does not cover ages ${prompt.ageMin}-${prompt.ageMax}`, [slug])
      }
      if (!prompt.sensitive && next.sensitive) add('follow-up-escalates-to-sensitive', item, `follow-up "${slug}" is sensitive, the prompt is not`, [slug])
    }
  }
  // A situation that has a theme brings it: the coverage report counts themes, and a portal's theme menu
  // should find every item written for the situation.
  for (const item of [...prompts, ...activities] as Located<{ slug: string; situations?: string[] | undefined; themes?: string[] | undefined }>[]) {
    const missing = themesOfSituations(item.content.situations ?? []).filter((theme) => !(item.content.themes ?? []).includes(theme))
    if (missing.length) add('situation-without-theme', item, `its situations bring the theme${missing.length > 1 ? 's' : ''} ${missing.join(', ')}, missing from \`themes\``)
  }
  for (const cycle of followUpCycles(prompts.map((item) => item.content))) {
    const first = prompts.find((item) => item.content.slug === cycle[0])!
    add('follow-up-loop', first, `follow-ups loop: ${[...cycle, cycle[0]].join(' -> ')}`, cycle.slice(1))
  }
  for (const item of activities) {
    const activity = item.content
    for (const slug of activity.prompts) {
      const prompt = bySlug.get(slug)
      if (!prompt) continue
      if (prompt.ageMin > activity.ageMin || prompt.ageMax < activity.ageMax) {
        add('suggestion-outside-activity-ages', item, `suggests "${slug}" (ages ${prompt.ageMin}-${prompt.ageMax}) for ages ${activity.ageMin}-${activity.ageMax}`, [slug])
      }
      if (prompt.sensitive) add('suggestion-sensitive', item, `suggests the sensitive prompt "${slug}"`, [slug])
    }
    for (const [index, topic] of activity.topics.entries()) {
      if (mentionsTheGuide(topic.why)) add('reason-says-the-guide', item, `topics.${index}.why says "the guide"`)
    }
    const uk = ukSpellings(proseOf(activity))
    if (uk.length) add('uk-spelling', item, `UK spelling: ${uk.join(', ')}`)
    if (activity.accessibility !== undefined && activity.accessibility.length === 0) {
      add('activity-without-accessibility', item, 'claims no accessibility tag: name at least one way it is accessible')
    }
    if (activity.minutesMax !== undefined && activity.minutesMax > LONG_SESSION_MINUTES && activity.recurrence?.sameDay !== true) {
      add(
        'long-session-not-same-day',
        item,
        `a session of up to ${activity.minutesMax} minutes (over ${LONG_SESSION_MINUTES}) without recurrence.sameDay: say it is one stretch on one day, or split it into days or sessions`,
      )
    }
    const number = activity.facilitatorNote ? phoneNumberIn(activity.facilitatorNote) : null
    if (number) add('number-in-note', item, `facilitatorNote says "${number}": name the resource instead (numbers are per region, served from \`resources\`)`)
    for (const [words, situations] of untaggedSituations(activity)) {
      add('activity-situation-untagged', item, `mentions "${words}" without the situation it assumes (${situations.join(' or ')})`)
    }
  }
  for (const topic of topics ?? []) {
    // The stages a topic lists are the stages its prompts and activities reach: a filter by life stage
    // then finds every topic that has something for a son of that age, and no topic that has nothing.
    const linked = [...prompts.filter((item) => item.content.topics?.includes(topic.content.slug)), ...activities.filter((item) => item.content.topics.some((link) => link.topic === topic.content.slug))]
    const reached = new Set(linked.flatMap((item) => ageBandsOf(item.content)))
    const missing = lifeStages.filter((stage) => reached.has(stage) && !topic.content.lifeStages.includes(stage))
    const empty = topic.content.lifeStages.filter((stage) => !reached.has(stage))
    if (missing.length) add('topic-stages-differ', topic, `has prompts or activities for ${missing.join(', ')} but does not list ${missing.length > 1 ? 'those life stages' : 'that life stage'}`)
    if (empty.length) add('topic-stages-differ', topic, `lists ${empty.join(', ')} with no prompt or activity for ${empty.length > 1 ? 'those stages' : 'that stage'}`)
  }
  for (const [a, b, score] of nearDuplicates(prompts.map((item) => item.content))) {
    const item = prompts.find((entry) => entry.content.slug === a)!
    add('near-duplicate', item, `restates "${b}" (similarity ${score.toFixed(2)})`, [b])
  }
  for (const [kind, items] of [['prompt', prompts], ['activity', activities]] as const) {
    const current = new Set(items.map((item) => item.content.slug))
    const seen = new Map<string, string>()
    for (const item of items as Located<{ slug: string; formerIds?: string[] | undefined }>[]) {
      for (const formerId of item.content.formerIds ?? []) {
        const slug = formerId.slice(formerId.indexOf(':') + 1)
        if (current.has(slug)) add('former-id-clash', item, `former id "${formerId}" is the slug of a current ${kind}`)
        const other = seen.get(formerId)
        if (other) add('former-id-clash', item, `former id "${formerId}" is also claimed by "${other}"`)
        seen.set(formerId, item.content.slug)
      }
    }
  }
  return problems
}

/**
 * Words that show an activity assumes a situation, for a safety net: an activity whose title, description
 * or steps say them must carry the situation. It catches the obvious cases only (the words are few and
 * English); an editor still decides what each activity assumes. Facilitator notes are not read, since they
 * rightly adapt an activity for many families ("in two homes, keep a kit in each").
 */
export const situationWords: { words: RegExp; situations: string[] }[] = [
  { words: /\b(two[ -]homes|both homes|his other home|the other household)\b/i, situations: ['parents-living-apart'] },
  { words: /\b(grandkids|grandchild|grandchildren|his (own )?(kids|children)|children of his own)\b/i, situations: ['son-becoming-a-father'] },
  {
    words: /\b(long-distance|who live apart|has left home|has moved away|in another city|across the country|by mail|in the mail)\b/i,
    situations: ['living-far-apart', 'son-leaving-home'],
  },
]

/** The situations an activity's words assume and it does not carry: the words found, and the situations that would do. */
export function untaggedSituations(activity: ActivityLike): [string, string[]][] {
  if (activity.description === undefined) return []
  const text = [activity.title ?? '', activity.description, ...(activity.steps ?? [])].join('\n')
  const found: [string, string[]][] = []
  for (const { words, situations } of situationWords) {
    const match = text.match(words)
    if (match && !situations.some((situation) => (activity.situations ?? []).includes(situation))) found.push([match[0], situations])
  }
  return found
}

/** An activity's own words: everything but the slugs it links to and its former ids (history keeps its spelling). */
function proseOf(activity: ActivityLike): string {
  const { prompts: _prompts, formerIds: _formerIds, topics, ...rest } = activity
  return JSON.stringify({ ...rest, why: topics.map((topic) => topic.why) })
}

/** Each cycle in the follow-up graph once, as the slugs along it. */
export function followUpCycles(prompts: PromptLike[]): string[][] {
  const next = new Map(prompts.map((prompt) => [prompt.slug, prompt.followUps]))
  const state = new Map<string, 'open' | 'done'>()
  const cycles: string[][] = []
  const path: string[] = []
  const visit = (slug: string) => {
    state.set(slug, 'open')
    path.push(slug)
    for (const to of next.get(slug) ?? []) {
      if (!next.has(to)) continue
      if (state.get(to) === 'open') cycles.push(path.slice(path.indexOf(to)))
      else if (!state.has(to)) visit(to)
    }
    path.pop()
    state.set(slug, 'done')
  }
  for (const prompt of prompts) if (!state.has(prompt.slug)) visit(prompt.slug)
  return cycles
}

const fillers = new Set(
  ('a an the and or but if so to of in on at for with about from by as is are was were be been am do does did done have has had ' +
    'you your yours you\'re you\'ve i i\'m me my mine we our us he him his she her they them their it its this that these those ' +
    'what what\'s whats when where which who why how there here can could would should will might may any some something ' +
    'anything thing things one ever really just right now mom lately being time way like think tell ask')
    .split(' '),
)

function stem(word: string): string {
  return word
    .replace(/'s$/, '')
    .replace(/(?<=..)s$/, '')
    .replace(/(iest|est)$/, (suffix) => (suffix === 'iest' ? 'y' : ''))
    .replace(/(?<=...)(ing|ed)$/, '')
    .replace(/(?<=..)e$/, '')
}

/** A prompt's first question (or its first sentence), without the salutation it opens with ("Mom, "). */
export function firstQuestion(text: string, salutation: RegExp = /^mom,\s*/i): string {
  const plain = text.replace(salutation, '')
  return plain.match(/^[^?.!]*[?.!]?/)?.[0] ?? plain
}

/** The content words of a prompt's first question (or its first sentence), stemmed. */
export function contentWords(text: string): Set<string> {
  const first = firstQuestion(text)
  const words = first
    .toLowerCase()
    .replace(/[’]/g, "'")
    .match(/[a-z']+/g) ?? []
  return new Set(words.filter((word) => !fillers.has(word)).map(stem).filter((word) => word.length > 1))
}

/**
 * How much of the smaller question the other restates: the overlap coefficient of the two word sets,
 * each word weighted by its inverse document frequency over all prompts, so rare words ("color",
 * "brave") count and common ones ("feel", "today") barely do. Also returns the weight shared, since a
 * pair sharing only common words is a theme, not a restatement.
 */
export function similarity(a: Set<string>, b: Set<string>, weight: (word: string) => number = () => 1): { score: number; shared: number } {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a]
  let total = 0
  let shared = 0
  for (const word of small) {
    total += weight(word)
    if (large.has(word)) shared += weight(word)
  }
  return { score: total === 0 ? 0 : shared / total, shared }
}

/** Minimum shared weight (sum of IDF, natural log) for a restatement: about two uncommon words. */
export const NEAR_DUPLICATE_MIN_SHARED = 6

/**
 * Whether two prompts could reach the same family at the same time: their ages overlap and they are
 * asked the same way round (or either way). Prompts split clearly by age, or a mother's question beside
 * her son's, are not restatements however close their words.
 */
function sameAudience(a: PromptLike, b: PromptLike): boolean {
  const agesOverlap = a.ageMin <= b.ageMax && b.ageMin <= a.ageMax
  return agesOverlap && (a.direction === b.direction || a.direction === 'either' || b.direction === 'either')
}

/**
 * Pairs of prompts whose texts restate each other for the same family, with their similarity. A prompt
 * and its own follow-up are not compared: a follow-up builds on the question's words by design.
 */
export function nearDuplicates(
  prompts: PromptLike[],
  threshold = NEAR_DUPLICATE_THRESHOLD,
  wordsOf: (text: string) => Set<string> = contentWords,
): [string, string, number][] {
  const words = prompts.map((prompt) => wordsOf(prompt.text))
  const frequency = new Map<string, number>()
  for (const set of words) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const weight = (word: string) => Math.log(prompts.length / (frequency.get(word) ?? 1))
  const pairs: [string, string, number][] = []
  for (let i = 0; i < prompts.length; i++) {
    for (let j = i + 1; j < prompts.length; j++) {
      const [a, b] = [prompts[i]!, prompts[j]!]
      if (a.followUps.includes(b.slug) || b.followUps.includes(a.slug) || !sameAudience(a, b)) continue
      const { score, shared } = similarity(words[i]!, words[j]!, weight)
      if (score >= threshold && shared >= NEAR_DUPLICATE_MIN_SHARED) pairs.push([prompts[i]!.slug, prompts[j]!.slug, score])
    }
  }
  return pairs
}
