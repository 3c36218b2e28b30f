import { z } from 'zod'
import { promptType, situation } from '../content/types/prompt.js'
import { slugParam } from '../http/schemas.js'
import { ageValue, depthValue, prompt, promptSetting } from './schemas.js'

export const goals = {
  'open-up': ['communication', 'emotional-needs'],
  'understand-feelings': ['emotional-intelligence', 'emotional-needs'],
  reconnect: ['connection-beyond-shared-experiences', 'communication'],
  'handle-change': ['navigating-change'],
  'respect-space': ['boundaries', 'independence-and-interdependence'],
  'grow-together': ['mutual-growth'],
  'build-independence': ['independence-and-interdependence'],
  'share-family-stories': ['legacy'],
} as const satisfies Record<string, readonly string[]>

export const goal = z.enum(Object.keys(goals) as [keyof typeof goals, ...(keyof typeof goals)[]]).describe(
  'What the conversation is for; each goal draws on guide topics: ' +
    Object.entries(goals)
      .map(([name, topics]) => `${name} (${topics.join(', ')})`)
      .join('; '),
)

export const planRequest = z
  .strictObject({
    age: ageValue,
    topic: slugParam.optional().describe('A guide topic slug; give a topic or a goal.'),
    goal: goal.optional(),
    setting: promptSetting,
    minutes: z.number().int().min(5).max(180).describe('Minutes available for the conversation, 5-180.'),
    maxDepth: depthValue.optional().describe('Deepest level to reach; default 2, and 3 only with `includeSensitive` from age 10.'),
    includeSensitive: z
      .boolean()
      .optional()
      .describe(
        '`true` may also choose prompts on sensitive subjects and deep (depth 3) prompts; left out by default. A key whose policy excludes them never gets them.',
      ),
    excludeSensitive: z
      .boolean()
      .optional()
      .describe('Deprecated: use `includeSensitive` (`excludeSensitive: false` is `includeSensitive: true`). Sunset 2027-06-30.')
      .meta({ deprecated: true }),
    excludeWarnings: promptType.filters.excludeWarnings.value.optional(),
    situation: situation
      .optional()
      .describe('A life situation the family is in: prompts written for it may be chosen (situational prompts are left out otherwise).'),
    seed: z.string().max(64).optional().describe('Vary the plan: the same seed gives the same plan.'),
  })
  .refine((value) => value.topic !== undefined || value.goal !== undefined, {
    message: 'give a topic or a goal',
    path: ['topic'],
  })
  .meta({
    example: { age: 14, goal: 'open-up', setting: 'car-ride', minutes: 20 },
  })

const stage = z.enum(['warm-up', 'deeper', 'closing'])

export const conversationPlan = z
  .object({
    age: z.number().int(),
    setting: promptSetting,
    minutes: z.number().int(),
    topics: z.array(z.string()).describe('Guide topics the plan draws on.'),
    steps: z.array(
      z.object({
        stage,
        minutes: z.number().int().describe('Suggested time for this step.'),
        prompts: z.array(
          z.object({
            prompt,
            followUps: z.array(prompt).describe('Prompts to ask next if the conversation flows.'),
          }),
        ),
        tip: z
          .object({
            text: z.string().describe('A sentence quoted from the guide.'),
            topic: z.string(),
            source: z.string().describe('`documentId@version` of the guide text quoted.').meta({ example: 'topic:communication@1' }),
          })
          .nullable(),
      }),
    ),
    notes: z.array(z.string()).describe('How the plan was adapted, e.g. when few prompts fit.'),
  })
  .meta({ id: 'ConversationPlan', description: 'An ordered conversation: warm-up, deeper, closing.' })

export type PlanRequest = z.infer<typeof planRequest>
export type ConversationPlan = z.infer<typeof conversationPlan>
