// What resolvers return for each GraphQL type (codegen `mappers`): the services' objects, stamped with
// the release that served them; relation fields are resolved by loaders from these.
import type { Activity } from '../activities/schemas.js'
import type { Faq, Guide, Topic } from '../guide/schemas.js'
import type { ConversationPlan } from '../prompts/plan-schemas.js'
import type { Prompt } from '../prompts/schemas.js'
import type { DailyPrompt } from '../prompts/service.js'
import type { Recommendation } from '../recommendations/schemas.js'
import type { Resource, ResourceList } from '../resources/schemas.js'

export type Served<T> = T & { release: number }

export type TopicModel = Served<Topic>
export type FaqModel = Served<Faq>
export type PromptModel = Served<Prompt>
export type ActivityModel = Served<Activity>
export type ResourceModel = Served<Resource>
export type ResourceListModel = Served<Omit<ResourceList, 'items'>> & { items: ResourceModel[] }
export interface NurturedTopicModel {
  topic: string
  why: string
  release: number
}
export interface GuideSectionModel {
  id: string
  version: number
  title: string
  paragraphs: string[]
}
export type GuideModel = Served<Omit<Guide, 'topics' | 'faqs' | 'introduction' | 'conclusion'>> & {
  introduction: GuideSectionModel
  conclusion: GuideSectionModel
  topics: TopicModel[]
  faqs: FaqModel[]
}
export type DailyPromptModel = Served<Omit<DailyPrompt, 'prompt'>> & { prompt: PromptModel }
export type PlannedPromptModel = { prompt: PromptModel; followUps: PromptModel[] }
export type ConversationPlanModel = Served<Omit<ConversationPlan, 'steps'>> & {
  steps: (Omit<ConversationPlan['steps'][number], 'prompts'> & { prompts: PlannedPromptModel[] })[]
}
export type RecommendationModel = Omit<Recommendation, 'activity' | 'prompts'> & {
  activity: ActivityModel
  prompts: PromptModel[]
}
export type SearchResultModel =
  | (GuideSectionModel & { __typename: 'GuideSection' })
  | (TopicModel & { __typename: 'Topic' })
  | (FaqModel & { __typename: 'Faq' })
  | (PromptModel & { __typename: 'Prompt' })
  | (ActivityModel & { __typename: 'Activity' })
