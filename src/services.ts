import { ActivityService } from './activities/service.js'
import { AuditService } from './audit/service.js'
import { silentLog, type BackgroundLog } from './background-log.js'
import { ContentImport } from './content/import.js'
import type { DatabaseHandle } from './db/database.js'
import { ChangeFeedService } from './changes/service.js'
import { Catalogues } from './documents/catalogue.js'
import { DocumentService } from './documents/service.js'
import { EventBus } from './events/bus.js'
import { EventPayloads } from './events/payload.js'
import { EventStreams } from './events/stream.js'
import { WebhookDispatcher } from './webhooks/dispatcher.js'
import { WebhookService } from './webhooks/service.js'
import type { Config } from './config.js'
import { HistoryService } from './editorial/history.js'
import { ScheduleService } from './editorial/schedules.js'
import { EditorialService } from './editorial/service.js'
import { GuideService } from './guide/service.js'
import { HealthService, type RedisReadiness } from './health/service.js'
import { KeyService } from './keys/service.js'
import { ConversationPlanService } from './prompts/conversation-plans.js'
import { PreviewService } from './preview/service.js'
import { PromptService } from './prompts/service.js'
import { Publisher } from './publishing/publisher.js'
import { RecommendationService } from './recommendations/service.js'
import { ReleaseCache } from './releases/release-cache.js'
import { memoryBudget, type BudgetSettings } from './memory/budget.js'
import { ReleaseService } from './releases/service.js'
import { ResourceService } from './resources/service.js'
import { SearchService } from './search/service.js'

export interface Services {
  releases: ReleaseService
  changes: ChangeFeedService
  /** Imports content files (the name the tests and the first start know it by); every publish goes through the publisher. */
  publishing: ContentImport
  publisher: Publisher
  catalogues: Catalogues
  guide: GuideService
  resources: ResourceService
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
  releaseCache: ReleaseCache
  events: EventBus
  payloads: EventPayloads
  webhookDispatcher: WebhookDispatcher
  webhooks: WebhookService
  eventStreams: EventStreams
}

export type ServiceOptions = Pick<
  Config,
  | 'WEBHOOK_RETRY_DELAYS_MS'
  | 'WEBHOOK_TIMEOUT_MS'
  | 'WEBHOOK_POLL_MS'
  | 'WEBHOOK_SECRET_GRACE_MS'
  | 'WEBHOOK_ALLOW_PRIVATE_NETWORKS'
  | 'PUBLIC_URL'
  | 'NODE_ENV'
  | 'EVENTS_MAX_STREAMS_PER_KEY'
  | 'EVENTS_HEARTBEAT_MS'
> &
  Partial<Pick<Config, 'KEY_CACHE_TTL_MS' | 'KEY_CACHE_STALE_IF_ERROR_MS' | 'KEY_LOOKUPS_PER_SECOND'>> &
  BudgetSettings

/** `log` receives what happens off any request: scheduled releases firing or failing, webhook deliveries. */
export function createServices(database: DatabaseHandle, options: ServiceOptions, log: BackgroundLog = silentLog, redis?: RedisReadiness): Services {
  const db = database.db
  const events = new EventBus()
  const payloads = new EventPayloads(db, options.PUBLIC_URL ?? '')
  // Private networks (and plain http) are for development, or a private deployment that says so.
  const destinations = { allowPrivateNetworks: options.WEBHOOK_ALLOW_PRIVATE_NETWORKS ?? options.NODE_ENV === 'development' }
  const webhookDispatcher = new WebhookDispatcher(
    db,
    payloads,
    { retryDelaysMs: options.WEBHOOK_RETRY_DELAYS_MS, timeoutMs: options.WEBHOOK_TIMEOUT_MS, pollMs: options.WEBHOOK_POLL_MS, destinations },
    log,
  )
  // Each cache is bounded by its bytes within the heap part of the memory budget.
  const memory = memoryBudget(options)
  const cache = new ReleaseCache(memory.releaseCacheBytes)
  const catalogues = new Catalogues(db, cache)
  const resources = new ResourceService(catalogues)
  const releases = new ReleaseService(db)
  const guide = new GuideService(catalogues, cache)
  const prompts = new PromptService(catalogues)
  const activities = new ActivityService(catalogues, prompts)
  const publisher = new Publisher(db, releases)
  const editorial = new EditorialService(db, releases, publisher)
  return {
    releases,
    changes: new ChangeFeedService(db, releases),
    publishing: new ContentImport(publisher),
    publisher,
    catalogues,
    guide,
    resources,
    search: new SearchService(db, catalogues),
    prompts,
    conversationPlans: new ConversationPlanService(prompts, guide),
    activities,
    recommendations: new RecommendationService(activities, prompts),
    keys: new KeyService(db, {
      cacheTtlMs: options.KEY_CACHE_TTL_MS,
      staleIfErrorMs: options.KEY_CACHE_STALE_IF_ERROR_MS,
      lookupsPerSecond: options.KEY_LOOKUPS_PER_SECOND,
      maxBytes: memory.keyCacheBytes,
    }),
    documents: new DocumentService(db, catalogues),
    health: new HealthService(database, releases, redis),
    schedules: new ScheduleService(db, publisher, editorial, log),
    editorial,
    history: new HistoryService(db, publisher, editorial),
    preview: new PreviewService(db, releases, publisher, cache),
    audit: new AuditService(db),
    releaseCache: cache,
    events,
    payloads,
    eventStreams: new EventStreams(db, events, payloads, { maxStreamsPerKey: options.EVENTS_MAX_STREAMS_PER_KEY, heartbeatMs: options.EVENTS_HEARTBEAT_MS }),
    webhookDispatcher,
    webhooks: new WebhookService(db, webhookDispatcher, destinations, options.WEBHOOK_SECRET_GRACE_MS),
  }
}
