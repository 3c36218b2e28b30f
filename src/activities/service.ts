import { findBySlug, type Catalogues } from '../documents/catalogue.js'
import { AppError } from '../errors.js'
import type { Prompt } from '../prompts/schemas.js'
import type { PromptService } from '../prompts/service.js'
import type { ReadContext } from '../read/context.js'
import type { PageArgs, Paged } from '../read/paging.js'
import type { Activity, ActivityDetail, ActivityFilters } from './schemas.js'

export class ActivityService {
  constructor(
    private readonly catalogues: Catalogues,
    private readonly prompts: PromptService,
  ) {}

  list(read: ReadContext, filters: ActivityFilters, page: PageArgs): Promise<Paged<Activity>> {
    return this.catalogues.page(read, 'activity', filters, page)
  }

  /** Every activity the reader may see, in catalogue order. */
  async all(read: ReadContext): Promise<readonly Activity[]> {
    return (await this.catalogues.of(read, 'activity')).items
  }

  /** An activity by slug; a former slug (renamed or merged) gives its successor, whose `slug` differs. */
  async get(read: ReadContext, slug: string): Promise<ActivityDetail> {
    const activity = findBySlug(await this.catalogues.of(read, 'activity'), slug)
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
