import type { ActivityContent, FaqContent, PromptContent } from '../content/schemas.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { AppDatabase } from '../db/database.js'
import { AppError } from '../errors.js'
import type { ContentPolicy } from '../keys/schemas.js'
import type { PromptService } from '../prompts/service.js'
import { findPublishedVersion } from './repository.js'
import { activityView, faqView, promptView } from './visibility.js'

export interface DocumentVersion {
  documentId: string
  type: DocumentType
  slug: string
  version: number
  contentHash: string
  createdAt: Date
  firstReleaseId: number
  body: Record<string, unknown>
}

export class DocumentService {
  constructor(
    private readonly db: AppDatabase,
    private readonly prompts: PromptService,
  ) {}

  /**
   * A published version, as stored. Under a policy, the body names only documents the policy lets the
   * caller read in the version's first release, so the (immutable) answer never changes.
   */
  async version(documentId: string, version: number, policy: ContentPolicy | null = null): Promise<DocumentVersion> {
    const row = await findPublishedVersion(this.db, documentId, version, policy)
    if (!row) throw new AppError('DOCUMENT_VERSION_NOT_FOUND', `No published version ${version} of "${documentId}".`)
    const body = row.body as Record<string, unknown>
    return { ...row, body: policy ? await this.bodyUnder(row.type, body, row.firstReleaseId, policy) : body }
  }

  private async bodyUnder(type: DocumentType, body: Record<string, unknown>, releaseId: number, policy: ContentPolicy) {
    switch (type) {
      case 'prompt':
        return promptView(body as PromptContent, await this.prompts.visibleSlugs(releaseId, policy), policy) as Record<string, unknown>
      case 'activity':
        return activityView(body as ActivityContent, await this.prompts.visibleSlugs(releaseId, policy), policy) as Record<string, unknown>
      case 'faq':
        return faqView(body as FaqContent, policy) as Record<string, unknown>
      default:
        return body
    }
  }
}
