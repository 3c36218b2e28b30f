import { activityType } from '../content/types/activity.js'
import { filterConditions, filterValues } from '../content/types/define.js'
import type { AppDatabase } from '../db/database.js'
import type { Catalogues } from '../documents/catalogue.js'
import { matchingDocumentIds } from '../documents/repository.js'
import { AppError } from '../errors.js'
import type { Prompt } from '../prompts/schemas.js'
import type { PromptService } from '../prompts/service.js'
import type { ReadContext } from '../read/context.js'
import { parseInput } from '../read/input.js'
import { openPage, paged, type PageArgs, type Paged } from '../read/paging.js'
import type { Activity, ActivityDetail, ActivityFilters } from './schemas.js'

const activityFilterValues = filterValues(activityType.filters)

export class ActivityService {
  constructor(
    private readonly db: AppDatabase,
    private readonly catalogues: Catalogues,
    private readonly prompts: PromptService,
  ) {}

  async list(read: ReadContext, filters: ActivityFilters, page: PageArgs): Promise<Paged<Activity>> {
    const values = parseInput(activityFilterValues, filters)
    const window = openPage(read, page, values)
    const [ids, catalogue] = await Promise.all([
      matchingDocumentIds(this.db, read.snapshot.releaseId, 'activity', filterConditions(activityType.filters, values), read.policy, {
        offset: window.offset,
        limit: window.limit + 1,
      }),
      this.catalogues.of(read, 'activity'),
    ])
    return paged(window, ids.map((id) => catalogue.byId.get(id) as Activity))
  }

  /** Every activity the reader may see, in catalogue order. */
  async all(read: ReadContext): Promise<readonly Activity[]> {
    return (await this.catalogues.of(read, 'activity')).items
  }

  async get(read: ReadContext, slug: string): Promise<ActivityDetail> {
    const activity = (await this.catalogues.of(read, 'activity')).bySlug.get(slug)
    if (!activity) throw new AppError('ACTIVITY_NOT_FOUND', `Release ${read.snapshot.releaseId} has no activity "${slug}".`)
    return { ...activity, suggestedPrompts: await this.suggestedPrompts(read, activity, () => true) }
  }

  async suggestedPrompts(read: ReadContext, activity: Activity, keep: (prompt: Prompt) => boolean): Promise<Prompt[]> {
    const bySlug = await this.prompts.bySlug(read)
    return activity.prompts.flatMap((slug) => {
      const prompt = bySlug.get(slug)
      return prompt && keep(prompt) ? [prompt] : []
    })
  }
}
