import { ActivityService } from './activities/service.js'
import { AuditService } from './audit/service.js'
import { PublishingService } from './content/publishing-service.js'
import type { DatabaseHandle } from './db/database.js'
import { Catalogues } from './documents/catalogue.js'
import { DocumentService } from './documents/service.js'
import { HistoryService } from './editorial/history.js'
import { ScheduleService, type ScheduleLog } from './editorial/schedules.js'
import { EditorialService } from './editorial/service.js'
import { GuideService } from './guide/service.js'
import { HealthService } from './health/service.js'
import { KeyService } from './keys/service.js'
import { ConversationPlanService } from './prompts/conversation-plans.js'
import { PreviewService } from './preview/service.js'
import { PromptService } from './prompts/service.js'
import { RecommendationService } from './recommendations/service.js'
import { ReleaseCache } from './releases/release-cache.js'
import { ReleaseService } from './releases/service.js'
import { SearchService } from './search/service.js'

export interface Services {
  releases: ReleaseService
  publishing: PublishingService
  catalogues: Catalogues
  guide: GuideService
  search: SearchService
  prompts: PromptService
  conversationPlans: ConversationPlanService
  activities: ActivityService
  recommendations: RecommendationService
  keys: KeyService
  documents: DocumentService
  health: HealthService
  editorial: EditorialService
  schedules: ScheduleService
  history: HistoryService
  preview: PreviewService
  audit: AuditService
}

/** `log` receives what happens off any request: scheduled releases firing or failing. */
export function createServices(database: DatabaseHandle, log?: ScheduleLog): Services {
  const db = database.db
  const cache = new ReleaseCache()
  const catalogues = new Catalogues(db, cache)
  const releases = new ReleaseService(db)
  const guide = new GuideService(catalogues, cache)
  const prompts = new PromptService(catalogues)
  const activities = new ActivityService(catalogues, prompts)
  const editorial = new EditorialService(db, releases)
  return {
    releases,
    publishing: new PublishingService(db, releases),
    catalogues,
    guide,
    search: new SearchService(db, catalogues),
    prompts,
    conversationPlans: new ConversationPlanService(prompts, guide),
    activities,
    recommendations: new RecommendationService(activities, prompts),
    keys: new KeyService(db),
    documents: new DocumentService(db, catalogues),
    health: new HealthService(database, releases),
    schedules: new ScheduleService(db, releases, log),
    editorial,
    history: new HistoryService(db, releases, editorial),
    preview: new PreviewService(db, releases),
    audit: new AuditService(db),
  }
}
