import type { AppDatabase } from '../db/database.js'
import type { ReleaseService } from '../releases/service.js'
import { importContent, type ImportResult } from './import-content.js'
import type { ContentDocument } from './load-content.js'

export class PublishingService {
  constructor(
    private readonly db: AppDatabase,
    private readonly releases: ReleaseService,
  ) {}

  /** Imports content files as new versions and publishes them; this instance serves the result at once. */
  async importContent(docs: ContentDocument[], note?: string): Promise<ImportResult> {
    const result = await importContent(this.db, docs, note)
    if (result.releaseCreated) this.releases.published(result.releaseId)
    return result
  }
}
