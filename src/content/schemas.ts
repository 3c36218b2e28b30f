import { z } from 'zod'
import { activityType } from './types/activity.js'
import { conclusionFile, faqType, introductionFile, topicType } from './types/guide.js'
import { promptType } from './types/prompt.js'
import { resourceType } from './types/resource.js'

// The content files, as the declarations in ./types define each document's content.
export { conclusionFile, introductionFile }
export const topicFile = topicType.content
export const faqFile = faqType.content
export const promptEntry = promptType.content
export const activityEntry = activityType.content
export const resourceFile = resourceType.content
export const promptsFile = z.strictObject({ prompts: z.array(promptEntry).min(1).max(500) })
export const activitiesFile = z.strictObject({ activities: z.array(activityEntry).min(1).max(500) })

export type { ActivityContent } from './types/activity.js'
export type { FaqContent, TopicContent } from './types/guide.js'
export type { PromptContent } from './types/prompt.js'
export type { ResourceContent } from './types/resource.js'
export type IntroductionContent = z.infer<typeof introductionFile>
export type ConclusionContent = z.infer<typeof conclusionFile>
