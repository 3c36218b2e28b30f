import type { Activity } from '../activities/schemas.js'
import type { ContentPolicy } from '../keys/schemas.js'
import type { ActivityService } from '../activities/service.js'
import { seededOrder } from '../http/hash-order.js'
import type { Prompt } from '../prompts/schemas.js'
import type { PromptService } from '../prompts/service.js'
import { rankActivities } from './engine.js'
import type { Profile, Recommendation } from './schemas.js'

const MAX_PROMPTS = 3

export class RecommendationService {
  constructor(
    private readonly activities: ActivityService,
    private readonly prompts: PromptService,
  ) {}

  async recommend(releaseId: number, profile: Profile, policy: ContentPolicy | null = null) {
    const catalogue = await this.activities.all(releaseId, policy)
    const ranking = rankActivities(catalogue, profile)
    const data: Recommendation[] = await Promise.all(
      ranking.ranked.map(async (item, index) => ({
        rank: index + 1,
        score: item.score,
        activity: item.activity,
        why: item.why,
        prompts: await this.promptsFor(releaseId, item.activity, profile, policy),
      })),
    )
    return { data, considered: ranking.considered, reason: ranking.reason }
  }

  /** The activity's own suggestions that suit his age; else prompts on its topics made for doing things together. */
  private async promptsFor(releaseId: number, activity: Activity, profile: Profile, policy: ContentPolicy | null): Promise<Prompt[]> {
    const suits = (prompt: Prompt) => prompt.ageMin <= profile.age && profile.age <= prompt.ageMax && !prompt.sensitive
    const suggested = await this.activities.suggestedPrompts(releaseId, activity, suits, policy)
    if (suggested.length > 0) return suggested.slice(0, MAX_PROMPTS)
    for (const { topic } of activity.topics) {
      const onTopic = (await this.prompts.matching(releaseId, { topic, age: profile.age, promptSetting: 'activity', policy })).filter(suits)
      if (onTopic.length > 0) return seededOrder(onTopic, `${profile.seed ?? ''}:${activity.slug}`, (prompt) => prompt.slug).slice(0, 2)
    }
    return []
  }
}
