import type { ActivityContent } from '../content/schemas.js'
import type { AppDatabase } from '../db/database.js'
import {
  findReleaseDocument,
  listReleaseDocuments,
  type DocumentFilter,
  type ReleaseDocumentRow,
} from '../documents/repository.js'
import { cachedPage, type Page } from '../documents/cached-page.js'
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
    return cachedPage(this.db, this.cache, releaseId, 'activity', filter, page, (row) => visible(toActivity(row), filter.policy))
  }

  /** Every activity of the release, in catalogue order. */
  all(releaseId: number, policy: ContentPolicy | null = null): Promise<Activity[]> {
    return this.cache.get(releaseId, `activity-all:${JSON.stringify(policy)}`, async () =>
      (await listReleaseDocuments(this.db, releaseId, 'activity', { policy })).map((row) => visible(toActivity(row), policy)),
    )
  }

  async get(releaseId: number, slug: string, policy: ContentPolicy | null = null): Promise<ActivityDetail> {
    const row = await this.cache.get(releaseId, `activity:${slug}:${JSON.stringify(policy)}`, () =>
      findReleaseDocument(this.db, releaseId, 'activity', slug, policy),
    )
    if (!row) throw new AppError('ACTIVITY_NOT_FOUND', `Release ${releaseId} has no activity "${slug}".`)
    const activity = visible(toActivity(row), policy)
    return { ...activity, suggestedPrompts: await this.suggestedPrompts(releaseId, activity, () => true, policy) }
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

/** Under a topic policy, an activity shows only the reasons that concern the allowed topics. */
function visible(activity: Activity, policy: ContentPolicy | null | undefined): Activity {
  const allowed = policy?.topics
  return allowed ? { ...activity, topics: activity.topics.filter((item) => allowed.includes(item.topic)) } : activity
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
