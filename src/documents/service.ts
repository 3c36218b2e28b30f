import { z } from 'zod'
import { documentIdValue, storedSchema } from '../content/types/define.js'
import { contentTypes } from '../content/types/index.js'
import type { DocumentType } from '../content/vocabulary.js'
import type { AppDatabase } from '../db/database.js'
import { AppError } from '../errors.js'
import type { Reader } from '../read/context.js'
import { parseInput } from '../read/input.js'
import type { Catalogues } from './catalogue.js'
import { findPublishedVersion } from './repository.js'
import { viewOf } from './visibility.js'

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

const versionInput = z.strictObject({
  id: documentIdValue,
  version: z.number().int().positive().max(2_147_483_647),
})

export class DocumentService {
  constructor(
    private readonly db: AppDatabase,
    private readonly catalogues: Catalogues,
  ) {}

  /**
   * A published version, parsed with its type's declaration. Under a policy, the body names only
   * documents the policy lets the caller read in the version's first release, so the (immutable)
   * answer never changes. Versions belong to no snapshot: only the reader's policy applies.
   */
  async version(reader: Reader, documentId: string, version: number): Promise<DocumentVersion> {
    const input = parseInput(versionInput, { id: documentId, version })
    const row = await findPublishedVersion(this.db, input.id, input.version, reader.policy)
    if (!row) throw new AppError('DOCUMENT_VERSION_NOT_FOUND', `No published version ${input.version} of "${input.id}".`)
    // Validated with its type's stored schema, served exactly as published (no defaults filled in).
    if (!storedSchema(contentTypes[row.type]).safeParse(row.body).success) {
      throw new Error(`stored ${row.documentId}@${row.version} does not match its declaration`)
    }
    const body = row.body as Record<string, unknown>
    return { ...row, body: reader.policy ? await this.bodyUnder(row.type, body, row.firstReleaseId, reader) : body }
  }

  private async bodyUnder(type: DocumentType, body: Record<string, unknown>, releaseId: number, reader: Reader) {
    return viewOf(type, body, (await this.catalogues.visible(releaseId, reader)) as ReadonlySet<string>)
  }
}
