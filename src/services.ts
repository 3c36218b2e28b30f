import { PublishingService } from './content/publishing-service.js'
import type { AppDatabase } from './db/database.js'
import { GuideService } from './guide/service.js'
import { ReleaseCache } from './releases/release-cache.js'
import { ReleaseService } from './releases/service.js'
import { SearchService } from './search/service.js'

export interface Services {
  releases: ReleaseService
  publishing: PublishingService
  guide: GuideService
  search: SearchService
}

export function createServices(db: AppDatabase): Services {
  const cache = new ReleaseCache()
  const releases = new ReleaseService(db)
  return {
    releases,
    publishing: new PublishingService(db, releases),
    guide: new GuideService(db, cache),
    search: new SearchService(db, cache),
  }
}
