import type { ActivityContent } from '../content/schemas.js'
import type { AppDatabase } from '../db/database.js'
import {
  findReleaseDocument,
  listReleaseDocuments,
  type DocumentFilter,
  type ReleaseDocumentRow,
} from '../documents/repository.js'
import { cachedPage, type Page } from '../documents/cached-page.js'
import { activityView } from '../documents/visibility.js'
import { AppError } from '../errors.js'
import type { ContentPolicy } from '../keys/schemas.js'
import type { Prompt } from '../prompts/schemas.js'
import type { PromptService } from '../prompts/service.js'
import type { ReleaseCache } from '../releases/release-cache.js'
import type { Activity, ActivityDetail } from './schemas.js'

export class ActivityService {
  constructor(
    private readonly db: AppDatabase,
    private readonly cache: ReleaseCache,
    private readonly prompts: PromptService,
  ) {}

  list(releaseId: number, filter: DocumentFilter, page: { offset: number; limit: number }): Promise<Page<Activity>> {
    const policy = filter.policy
    if (!policy) return cachedPage(this.db, this.cache, releaseId, 'activity', filter, page, toActivity)
    return cachedPage(this.db, this.cache, releaseId, 'activity', filter, page, { prepare: () => this.viewUnder(releaseId, policy) })
  }

  /** Every activity of the release, in catalogue order. */
  all(releaseId: number, policy: ContentPolicy | null = null): Promise<Activity[]> {
    return this.cache.get(releaseId, `activity-all:${JSON.stringify(policy)}`, async () => {
      if (!policy) return (await listReleaseDocuments(this.db, releaseId, 'activity', { policy })).map(toActivity)
      const [rows, view] = await Promise.all([
        listReleaseDocuments(this.db, releaseId, 'activity', { policy }),
        this.viewUnder(releaseId, policy),
      ])
      return rows.map(view)
    })
  }

  async get(releaseId: number, slug: string, policy: ContentPolicy | null = null): Promise<ActivityDetail> {
    const detail = await this.cache.get(releaseId, `activity:${slug}:${JSON.stringify(policy)}`, async () => {
      const row = await findReleaseDocument(this.db, releaseId, 'activity', slug, policy)
      if (!row) return null
      const activity = policy ? (await this.viewUnder(releaseId, policy))(row) : toActivity(row)
      return { ...activity, suggestedPrompts: await this.suggestedPrompts(releaseId, activity, () => true, policy) }
    })
    if (!detail) throw new AppError('ACTIVITY_NOT_FOUND', `Release ${releaseId} has no activity "${slug}".`)
    return detail
  }

  async suggestedPrompts(
    releaseId: number,
    activity: Activity,
    keep: (prompt: Prompt) => boolean = () => true,
    policy: ContentPolicy | null = null,
  ): Promise<Prompt[]> {
    const bySlug = await this.prompts.bySlug(releaseId, policy)
    return activity.prompts.flatMap((slug) => {
      const prompt = bySlug.get(slug)
      return prompt && keep(prompt) ? [prompt] : []
    })
  }

  /** Maps a stored activity to what a caller under the policy sees of it. */
  private async viewUnder(releaseId: number, policy: ContentPolicy): Promise<(row: ReleaseDocumentRow) => Activity> {
    const visible = await this.prompts.visibleSlugs(releaseId, policy)
    return (row) => activityView(toActivity(row), visible, policy)
  }
}

export function activityFilter(query: {
  category?: string | undefined
  age?: number | undefined
  maxMinutes?: number | undefined
  cost?: string | undefined
  setting?: string | undefined
  energy?: string | undefined
  topic?: string | undefined
  season?: string | undefined
}): DocumentFilter {
  return {
    category: query.category,
    age: query.age,
    maxMinutes: query.maxMinutes,
    cost: query.cost,
    activitySetting: query.setting,
    energy: query.energy,
    topic: query.topic,
    season: query.season,
  }
}

export function toActivity(row: ReleaseDocumentRow): Activity {
  const body = row.body as ActivityContent
  return {
    id: row.id,
    version: row.version,
    slug: body.slug,
    title: body.title,
    category: body.category,
    description: body.description,
    steps: body.steps,
    materials: body.materials,
    ageMin: body.ageMin,
    ageMax: body.ageMax,
    minutesMin: body.minutesMin,
    minutesMax: body.minutesMax,
    cost: body.cost,
    setting: body.setting,
    energy: body.energy,
    seasons: body.seasons,
    interests: body.interests,
    topics: body.topics,
    prompts: body.prompts,
    competencies: body.competencies,
  }
}
