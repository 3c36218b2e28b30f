import { ActivityService } from './activities/service.js'
import { PublishingService } from './content/publishing-service.js'
import type { AppDatabase } from './db/database.js'
import { DocumentService } from './documents/service.js'
import { GuideService } from './guide/service.js'
import { KeyService } from './keys/service.js'
import { ConversationPlanService } from './prompts/conversation-plans.js'
import { PromptService } from './prompts/service.js'
import { RecommendationService } from './recommendations/service.js'
import { ReleaseCache } from './releases/release-cache.js'
import { ReleaseService } from './releases/service.js'
import { SearchService } from './search/service.js'

export interface Services {
  releases: ReleaseService
  publishing: PublishingService
  guide: GuideService
  search: SearchService
  prompts: PromptService
  conversationPlans: ConversationPlanService
  activities: ActivityService
  recommendations: RecommendationService
  keys: KeyService
  documents: DocumentService
}

export function createServices(db: AppDatabase): Services {
  const cache = new ReleaseCache()
  const releases = new ReleaseService(db)
  const guide = new GuideService(db, cache)
  const prompts = new PromptService(db, cache)
  const activities = new ActivityService(db, cache, prompts)
  return {
    releases,
    publishing: new PublishingService(db, releases),
    guide,
    search: new SearchService(db, cache),
    prompts,
    conversationPlans: new ConversationPlanService(prompts, guide),
    activities,
    recommendations: new RecommendationService(activities, prompts),
    keys: new KeyService(db),
    documents: new DocumentService(db, prompts),
  }
}
