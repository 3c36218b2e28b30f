import type { PromptContent } from '../content/schemas.js'
import type { AppDatabase } from '../db/database.js'
import {
  listReleaseDocuments,
  listReleaseDocumentSlugs,
  type DocumentFilter,
  type ReleaseDocumentRow,
} from '../documents/repository.js'
import { cachedPage, type Page } from '../documents/cached-page.js'
import { promptView } from '../documents/visibility.js'
import { AppError } from '../errors.js'
import type { ContentPolicy } from '../keys/schemas.js'
import { seededOrder } from '../http/hash-order.js'
import type { ReleaseCache } from '../releases/release-cache.js'
import type { Prompt, PromptDetail, PromptFilterQuery } from './schemas.js'

export interface DailyPrompt {
  date: string
  timeZone: string
  seed: string
  cycleDays: number
  prompt: PromptDetail
}

const DAY_MS = 86_400_000

export function promptFilter(query: PromptFilterQuery): DocumentFilter {
  return {
    topic: query.topic,
    age: query.age,
    depth: query.depth,
    promptSetting: query.setting,
    direction: query.direction,
    competency: query.competency,
    excludeSensitive: query.excludeSensitive,
  }
}

export class PromptService {
  constructor(
    private readonly db: AppDatabase,
    private readonly cache: ReleaseCache,
  ) {}

  list(releaseId: number, filter: DocumentFilter, page: { offset: number; limit: number }): Promise<Page<Prompt>> {
    const policy = filter.policy
    if (!policy) return cachedPage(this.db, this.cache, releaseId, 'prompt', filter, page, toPrompt)
    return cachedPage(this.db, this.cache, releaseId, 'prompt', filter, page, { prepare: () => this.viewUnder(releaseId, policy) })
  }

  /** Every prompt matching the filter, in catalogue order; under a policy, naming only what the policy allows. */
  matching(releaseId: number, filter: DocumentFilter): Promise<Prompt[]> {
    return this.cache.get(releaseId, `prompt-all:${JSON.stringify(filter)}`, async () => {
      const policy = filter.policy
      if (!policy) return (await listReleaseDocuments(this.db, releaseId, 'prompt', filter)).map(toPrompt)
      const [rows, view] = await Promise.all([
        listReleaseDocuments(this.db, releaseId, 'prompt', filter),
        this.viewUnder(releaseId, policy),
      ])
      return rows.map(view)
    })
  }

  /** All prompts of the release by slug, for expanding follow-ups and suggestions. */
  bySlug(releaseId: number, policy: ContentPolicy | null = null): Promise<Map<string, Prompt>> {
    return this.cache.get(releaseId, `prompt-by-slug:${JSON.stringify(policy)}`, async () => {
      const prompts = await this.matching(releaseId, { policy })
      return new Map(prompts.map((prompt) => [prompt.slug, prompt]))
    })
  }

  /** Slugs of the prompts a policy lets the caller read in a release: the only prompts it may see named. */
  visibleSlugs(releaseId: number, policy: ContentPolicy): Promise<ReadonlySet<string>> {
    return this.cache.get(releaseId, `prompt-visible:${JSON.stringify(policy)}`, async () => {
      const slugs = await listReleaseDocumentSlugs(this.db, releaseId, 'prompt', { policy })
      return new Set(slugs)
    })
  }

  /** Maps a stored prompt to what a caller under the policy sees of it. */
  private async viewUnder(releaseId: number, policy: ContentPolicy): Promise<(row: ReleaseDocumentRow) => Prompt> {
    const visible = await this.visibleSlugs(releaseId, policy)
    return (row) => promptView(toPrompt(row), visible, policy)
  }

  async get(releaseId: number, slug: string, policy: ContentPolicy | null = null): Promise<PromptDetail> {
    const prompt = (await this.bySlug(releaseId, policy)).get(slug)
    if (!prompt) throw new AppError('PROMPT_NOT_FOUND', `Release ${releaseId} has no prompt "${slug}".`)
    return this.withFollowUps(releaseId, prompt, () => true, policy)
  }

  async withFollowUps(
    releaseId: number,
    prompt: Prompt,
    keep: (prompt: Prompt) => boolean = () => true,
    policy: ContentPolicy | null = null,
  ): Promise<PromptDetail> {
    const all = await this.bySlug(releaseId, policy)
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
  async daily(
    releaseId: number,
    query: { date: string; timeZone: string; seed: string } & PromptFilterQuery,
    policy: ContentPolicy | null = null,
  ): Promise<DailyPrompt | null> {
    const filter = { ...promptFilter(query), policy }
    const candidates = await this.cache.get(releaseId, `daily-order:${JSON.stringify([query.seed, filter])}`, async () =>
      seededOrder(await this.matching(releaseId, filter), query.seed, (prompt) => prompt.slug),
    )
    if (candidates.length === 0) return null
    const day = Math.round(Date.parse(`${query.date}T00:00:00Z`) / DAY_MS)
    const prompt = candidates[day % candidates.length] as Prompt
    const followUpFilter = (followUp: Prompt) =>
      (query.excludeSensitive !== true || !followUp.sensitive) &&
      (query.age === undefined || (followUp.ageMin <= query.age && query.age <= followUp.ageMax))
    return {
      date: query.date,
      timeZone: query.timeZone,
      seed: query.seed,
      cycleDays: candidates.length,
      prompt: await this.withFollowUps(releaseId, prompt, followUpFilter, policy),
    }
  }
}

export function toPrompt(row: ReleaseDocumentRow): Prompt {
  const body = row.body as PromptContent
  return {
    id: row.id,
    version: row.version,
    slug: body.slug,
    text: body.text,
    followUps: body.followUps,
    topics: body.topics,
    ageMin: body.ageMin,
    ageMax: body.ageMax,
    depth: body.depth,
    settings: body.settings,
    direction: body.direction,
    competencies: body.competencies,
    sensitive: body.sensitive,
  }
}

export function todayIn(timeZone: string, now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(now)
}
