import { promptType } from '../content/types/prompt.js'
import { filterValues } from '../content/types/define.js'
import { findBySlug, type Catalogues } from '../documents/catalogue.js'
import { AppError } from '../errors.js'
import { seededOrder } from './seeded-order.js'
import type { ReadContext } from '../read/context.js'
import { parseInput } from '../read/input.js'
import type { PageArgs, Paged } from '../read/paging.js'
import { suitsOccasion } from './occasion.js'
import { isSensitiveOrDeep, resolvedFilters } from './sensitive.js'
import { dailyQuery, type Prompt, type PromptDetail, type PromptFilters } from './schemas.js'

export interface DailyPrompt {
  date: string
  timeZone: string
  seed: string
  cycleDays: number
  prompt: PromptDetail
}

export interface DailyInput extends PromptFilters {
  /** YYYY-MM-DD; today in the time zone when absent. */
  date?: string | null | undefined
  timeZone?: string | null | undefined
  seed?: string | null | undefined
}

const DAY_MS = 86_400_000
const promptFilterValues = filterValues(promptType.filters)
const dailyInput = dailyQuery.omit({ release: true, tz: true }).extend({ timeZone: dailyQuery.shape.tz }).extend(promptFilterValues.shape).strict()

export class PromptService {
  constructor(private readonly catalogues: Catalogues) {}

  /**
   * One page of the prompts matching the filters, in catalogue order. Sensitive and deep prompts are
   * left out unless `includeSensitive`, activity-only prompts unless `setting=activity`.
   */
  list(read: ReadContext, filters: PromptFilters, page: PageArgs): Promise<Paged<Prompt>> {
    return this.catalogues.page(read, 'prompt', resolvedFilters(filters), page)
  }

  /** Every prompt matching the filters, in catalogue order, with the same defaults as `list`. */
  matching(read: ReadContext, filters: PromptFilters): Promise<Prompt[]> {
    return this.catalogues.matching(read, 'prompt', resolvedFilters(filters))
  }

  /** Every prompt the reader may see, by slug, for expanding follow-ups and suggestions. */
  async bySlug(read: ReadContext): Promise<ReadonlyMap<string, Prompt>> {
    return (await this.catalogues.of(read, 'prompt')).bySlug
  }

  /** Every prompt the reader may see, in catalogue order. */
  async all(read: ReadContext): Promise<readonly Prompt[]> {
    return (await this.catalogues.of(read, 'prompt')).items
  }

  /** A prompt by slug; a former slug (renamed or merged) gives its successor, whose `slug` differs. */
  async get(read: ReadContext, slug: string): Promise<PromptDetail> {
    const prompt = findBySlug(await this.catalogues.of(read, 'prompt'), slug)
    if (!prompt) throw new AppError('PROMPT_NOT_FOUND', `Release ${read.snapshot.releaseId} has no prompt "${slug}".`)
    return this.withFollowUps(read, prompt, () => true)
  }

  async withFollowUps(read: ReadContext, prompt: Prompt, keep: (prompt: Prompt) => boolean): Promise<PromptDetail> {
    const all = await this.bySlug(read)
    const followUpPrompts = prompt.followUps.flatMap((slug) => {
      const followUp = all.get(slug)
      return followUp && keep(followUp) ? [followUp] : []
    })
    return { ...prompt, followUpPrompts }
  }

  /**
   * Each seed walks the matching prompts in its own fixed pseudo-random order, one a day, so a prompt
   * comes back only after every other matching prompt has had its day.
   */
  async daily(read: ReadContext, input: DailyInput): Promise<DailyPrompt> {
    const { date, timeZone = 'UTC', seed = '', ...given } = parseInput(dailyInput, { ...input })
    const filters = resolvedFilters(given)
    const day = date ?? todayIn(timeZone)
    // Activity-only, situational, sensitive and deep prompts are never the prompt of the day unless asked for.
    const occasion = { setting: filters.setting, situation: filters.situation, excludeWarnings: filters.excludeWarnings }
    const asked = (prompt: Prompt) => suitsOccasion(prompt, occasion) && (filters.includeSensitive === true || !isSensitiveOrDeep(prompt))
    const everyday = (await this.catalogues.matching(read, 'prompt', filters)).filter(asked)
    const candidates = seededOrder(everyday, seed, (prompt) => prompt.slug)
    if (candidates.length === 0) throw new AppError('NO_PROMPT_MATCHES', 'No prompt in this release matches these filters.')
    const prompt = candidates[Math.round(Date.parse(`${day}T00:00:00Z`) / DAY_MS) % candidates.length] as Prompt
    const followUpFilter = (followUp: Prompt) =>
      asked(followUp) && (filters.age === undefined || (followUp.ageMin <= filters.age && filters.age <= followUp.ageMax))
    return { date: day, timeZone, seed, cycleDays: candidates.length, prompt: await this.withFollowUps(read, prompt, followUpFilter) }
  }
}

export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}
