import { invitesDisclosure } from '../types/prompt.js'
import { mentionsTheGuide, prefixProblem, questionCount, ukSpellings } from './wording.js'

/**
 * The rules of content-style.md that a program can check, over every prompt and activity at once.
 * `loadContent` refuses content that breaks any of them (so an import fails), and `npm run
 * content:check` lists every problem with its file and item.
 */

export interface PromptLike {
  slug: string
  text: string
  followUps: string[]
  ageMin: number
  ageMax: number
  depth: number
  direction: string
  sensitive: boolean
  settings: string[]
  responseTip?: string | undefined
  safeguardingNote?: string | undefined
  resources?: string[] | undefined
  formerIds?: string[] | undefined
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
  'safeguarding-note-without-resource',
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
 * Two prompt texts are near-duplicates when the sets of their content words (lower case, light
 * stemming, without function words and generic fillers such as "something" or "right now") have a
 * Jaccard similarity of at least this much. Chosen on the bundled content: every restatement the
 * November 2026 review found scores 0.75 or more, while the closest distinct prompts after the revision
 * score below it (see the tests in tests/content/rules.test.ts).
 */
export const NEAR_DUPLICATE_THRESHOLD = 0.75

const where = (item: Located<{ slug: string }>) => `${item.file}: ${item.field} (${item.content.slug})`

/**
 * `resources`: the crisis resources the prompts may name (the whole vocabulary); when given, a
 * safeguarding note must come with at least one resource of SAFEGUARDING_REGION.
 */
export function contentProblems(
  prompts: Located<PromptLike>[],
  activities: Located<ActivityLike>[],
  resources?: readonly ResourceLike[],
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
    const young = prompt.ageMin <= 5
    if (young && questionCount(prompt.text) > 1) add('two-questions-for-ages-3-5', item, 'asks more than one question for ages 3-5')
    if (young && prompt.direction === 'son-to-mother') add('son-to-mother-for-ages-3-5', item, 'a son-to-mother prompt starts below age 6')
    if (prompt.depth >= 2 && !prompt.responseTip) add('missing-response-tip', item, `depth ${prompt.depth} without a responseTip`)
    if (invitesDisclosure(prompt) && !prompt.safeguardingNote) add('missing-safeguarding-note', item, 'invites a disclosure without a safeguardingNote')
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

/** The content words of a prompt's first question (or its first sentence), stemmed. */
export function contentWords(text: string): Set<string> {
  const first = text.replace(/^mom,\s*/i, '').match(/^[^?.!]*[?.!]?/)?.[0] ?? text
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
 * Pairs of prompts whose texts restate each other, with their similarity. A prompt and its own
 * follow-up are not compared: a follow-up builds on the question's words by design.
 */
export function nearDuplicates(prompts: PromptLike[], threshold = NEAR_DUPLICATE_THRESHOLD): [string, string, number][] {
  const words = prompts.map((prompt) => contentWords(prompt.text))
  const frequency = new Map<string, number>()
  for (const set of words) for (const word of set) frequency.set(word, (frequency.get(word) ?? 0) + 1)
  const weight = (word: string) => Math.log(prompts.length / (frequency.get(word) ?? 1))
  const pairs: [string, string, number][] = []
  for (let i = 0; i < prompts.length; i++) {
    for (let j = i + 1; j < prompts.length; j++) {
      const [a, b] = [prompts[i]!, prompts[j]!]
      if (a.followUps.includes(b.slug) || b.followUps.includes(a.slug)) continue
      const { score, shared } = similarity(words[i]!, words[j]!, weight)
      if (score >= threshold && shared >= NEAR_DUPLICATE_MIN_SHARED) pairs.push([prompts[i]!.slug, prompts[j]!.slug, score])
    }
  }
  return pairs
}
