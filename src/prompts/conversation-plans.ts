import { visibleTopics } from '../documents/visibility.js'
import { AppError } from '../errors.js'
import type { GuideService } from '../guide/service.js'
import { seededOrder } from './seeded-order.js'
import type { ReadContext } from '../read/context.js'
import { parseInput } from '../read/input.js'
import type { ConversationPlan, PlanRequest } from './plan-schemas.js'
import { goals, planRequest } from './plan-schemas.js'
import type { Prompt } from './schemas.js'
import type { PromptService } from './service.js'
import { suitsOccasion } from './occasion.js'
import { includesSensitive, isSensitiveOrDeep } from './sensitive.js'

const MINUTES_PER_PROMPT = 5
const stages = ['warm-up', 'deeper', 'closing'] as const

/** How many prompts each stage gets for the time available. */
export function stageSizes(minutes: number): Record<(typeof stages)[number], number> {
  const total = Math.min(12, Math.max(3, Math.round(minutes / MINUTES_PER_PROMPT)))
  const warmUp = Math.max(1, Math.round(total * 0.25))
  const closing = total >= 8 ? 2 : 1
  return { 'warm-up': warmUp, deeper: total - warmUp - closing, closing }
}

export class ConversationPlanService {
  constructor(
    private readonly prompts: PromptService,
    private readonly guide: GuideService,
  ) {}

  async plan(read: ReadContext, input: PlanRequest | Record<string, unknown>): Promise<ConversationPlan> {
    const request = parseInput(planRequest, { ...input })
    // A topic asked for by name must be one the caller may read: 404 otherwise, as for GET /v1/topics/{slug}.
    if (request.topic) await this.guide.topic(read, request.topic)
    // Under a topic policy, a goal draws only on the topics the key may read, and names no other.
    const topics = visibleTopics(request.topic ? [request.topic] : [...goals[request.goal as keyof typeof goals]], read.policy)
    const includeSensitive = includesSensitive(request)
    const maxDepth = Math.min(request.maxDepth ?? (request.age < 10 ? 2 : 3), includeSensitive ? 3 : 2)
    const seed = request.seed ?? ''
    const notes: string[] = []
    if (request.maxDepth === 3 && !includeSensitive) notes.push('Deep (depth 3) prompts are left out unless includeSensitive is true.')
    const fits = (prompt: Prompt) =>
      prompt.depth <= maxDepth &&
      prompt.ageMin <= request.age &&
      request.age <= prompt.ageMax &&
      (includeSensitive || !isSensitiveOrDeep(prompt)) &&
      suitsOccasion(prompt, request)

    // Lists leave out activity-only prompts unless asked for: an activity plan asks for them too.
    const settings = request.setting === 'activity' ? [undefined, 'activity' as const] : [undefined]
    const queries = topics.flatMap((topic) =>
      settings.map((setting) => this.prompts.matching(read, { topic, age: request.age, setting, includeSensitive: includeSensitive || undefined })),
    )
    const onTopic = (await Promise.all(queries)).flat().filter(fits)
    const unique = [...new Map(onTopic.map((prompt) => [prompt.slug, prompt])).values()]
    const inSetting = unique.filter((prompt) => prompt.settings.includes(request.setting))
    // Prompts made for the occasion come first; others on the topic fill gaps.
    const pool = [
      ...seededOrder(inSetting, seed, (prompt) => prompt.slug),
      ...seededOrder(
        unique.filter((prompt) => !inSetting.includes(prompt)),
        seed,
        (prompt) => prompt.slug,
      ),
    ]
    if (unique.length === 0) {
      const about = topics.length > 0 ? `on ${topics.join(' or ')}` : 'for this goal'
      notes.push(`No prompt ${about} fits age ${request.age} at depth ${maxDepth} or lighter.`)
    } else if (inSetting.length < unique.length && inSetting.length < 3) {
      notes.push(`Few prompts are written for ${request.setting}; the plan also uses others on the same topic.`)
    }

    const sizes = stageSizes(request.minutes)
    const used = new Set<string>()
    const take = (count: number, accept: (prompt: Prompt) => boolean, prefer: (prompt: Prompt) => boolean = () => true) => {
      const eligible = pool.filter((prompt) => !used.has(prompt.slug) && accept(prompt))
      const chosen = [...eligible.filter(prefer), ...eligible.filter((prompt) => !prefer(prompt))].slice(0, count)
      for (const prompt of chosen) used.add(prompt.slug)
      return chosen
    }
    const twoWay = (prompt: Prompt) => prompt.direction !== 'mother-to-son'
    const picked = {
      'warm-up': take(sizes['warm-up'], (prompt) => prompt.depth === 1),
      deeper: take(
        sizes.deeper,
        (prompt) => prompt.depth >= Math.min(2, maxDepth),
        (prompt) => prompt.depth === maxDepth,
      ),
      closing: take(sizes.closing, (prompt) => prompt.depth <= 2, twoWay),
    }

    const topicDetails = await Promise.all(topics.map((slug) => this.guide.topic(read, slug).catch(missingTopicAsNull)))
    const totalPrompts = stages.reduce((sum, stage) => sum + picked[stage].length, 0)
    const steps = []
    for (const [index, stage] of stages.entries()) {
      const chosen = picked[stage]
      if (chosen.length === 0) continue
      const topic = topicDetails[index % topicDetails.length]
      const keyPoint = topic?.keyPoints[index % topic.keyPoints.length]
      steps.push({
        stage,
        minutes: Math.max(1, Math.round((request.minutes * chosen.length) / totalPrompts)),
        prompts: await Promise.all(
          chosen.map(async (prompt) => {
            const detail = await this.prompts.withFollowUps(read, prompt, fits)
            return { prompt, followUps: detail.followUpPrompts }
          }),
        ),
        tip: topic && keyPoint ? { text: keyPoint, topic: topic.slug, source: `${topic.id}@${topic.version}` } : null,
      })
    }
    if (unique.length > 0 && steps.length < stages.length) {
      notes.push(`Not enough prompts for every stage; missing: ${stages.filter((stage) => picked[stage].length === 0).join(', ')}.`)
    }
    return { age: request.age, setting: request.setting, minutes: request.minutes, topics, steps, notes }
  }
}

// A goal's topic that this release lacks gives no tip; any other failure (the database's) reaches the caller.
function missingTopicAsNull(error: unknown): null {
  if (error instanceof AppError && error.code === 'TOPIC_NOT_FOUND') return null
  throw error
}
