import type { Activity } from '../activities/schemas.js'
import type { ActivityService } from '../activities/service.js'
import { seededOrder } from '../prompts/seeded-order.js'
import type { Prompt } from '../prompts/schemas.js'
import type { PromptService } from '../prompts/service.js'
import { includesSensitive, isSensitiveOrDeep } from '../prompts/sensitive.js'
import type { ReadContext } from '../read/context.js'
import { parseInput } from '../read/input.js'
import { assumesOnly, rankActivities } from './engine.js'
import { profile as profileSchema, type Profile, type Recommendation } from './schemas.js'

const MAX_PROMPTS = 3

export interface Recommendations {
  data: Recommendation[]
  considered: number
  reason: string | null
}

export class RecommendationService {
  // Per catalogue (one per release and policy): the prompts made for doing things together, by topic.
  private readonly activityPrompts = new WeakMap<readonly Prompt[], Map<string, Prompt[]>>()

  constructor(
    private readonly activities: ActivityService,
    private readonly prompts: PromptService,
  ) {}

  async recommend(read: ReadContext, input: Profile | Record<string, unknown>): Promise<Recommendations> {
    const profile = parseInput(profileSchema, { ...input })
    const [catalogue, bySlug, byTopic] = await Promise.all([
      this.activities.all(read),
      this.prompts.bySlug(read),
      this.prompts.all(read).then((all) => this.onTopic(all)),
    ])
    const ranking = rankActivities(catalogue, profile)
    const asked = includesSensitive(profile) ? () => true : (prompt: Prompt) => !isSensitiveOrDeep(prompt)
    const data = ranking.ranked.map((item, index) => ({
      rank: index + 1,
      score: item.score,
      activity: namingOnly(item.activity, bySlug, asked),
      why: item.why,
      prompts: promptsFor(item.activity, profile, bySlug, byTopic, asked),
    }))
    return { data, considered: ranking.considered, reason: ranking.reason }
  }

  private onTopic(all: readonly Prompt[]): Map<string, Prompt[]> {
    let byTopic = this.activityPrompts.get(all)
    if (!byTopic) {
      byTopic = new Map()
      for (const prompt of all) {
        if (!prompt.settings.includes('activity')) continue
        for (const topic of prompt.topics) byTopic.set(topic, [...(byTopic.get(topic) ?? []), prompt])
      }
      this.activityPrompts.set(all, byTopic)
    }
    return byTopic
  }
}

/** The activity, its suggested prompts kept to those the caller asked for (itself when none had to go). */
function namingOnly(activity: Activity, bySlug: ReadonlyMap<string, Prompt>, asked: (prompt: Prompt) => boolean): Activity {
  const kept = (slug: string) => {
    const prompt = bySlug.get(slug)
    return prompt === undefined || asked(prompt)
  }
  return activity.prompts.every(kept) ? activity : { ...activity, prompts: activity.prompts.filter(kept) }
}

/** The activity's own suggestions that suit his age; else prompts on its topics made for doing things together. */
function promptsFor(
  activity: Activity,
  profile: Profile,
  bySlug: ReadonlyMap<string, Prompt>,
  byTopic: ReadonlyMap<string, Prompt[]>,
  asked: (prompt: Prompt) => boolean,
): Prompt[] {
  const suits = (prompt: Prompt) =>
    prompt.ageMin <= profile.age && profile.age <= prompt.ageMax && asked(prompt) && assumesOnly(prompt.situations, profile.situations)
  const suggested = activity.prompts.flatMap((slug) => {
    const prompt = bySlug.get(slug)
    return prompt && suits(prompt) ? [prompt] : []
  })
  if (suggested.length > 0) return suggested.slice(0, MAX_PROMPTS)
  for (const { topic } of activity.topics) {
    const onTopic = (byTopic.get(topic) ?? []).filter(suits)
    if (onTopic.length > 0) return seededOrder(onTopic, `${profile.seed ?? ''}:${activity.slug}`, (prompt) => prompt.slug).slice(0, 2)
  }
  return []
}
