import { z } from 'zod'
import { AppError, type FieldError } from '../errors.js'

/**
 * Who reviewed a release's content, and when: given with the publish (REST, GraphQL, a schedule, the
 * import CLI), written once with the release and never changed (releases are immutable), served with
 * the release. A rollback carries the review of the release it restores: it publishes the same versions.
 */
export interface ReleaseReview {
  /** A person or a role that really reviewed the content. */
  reviewedBy: string
  /** When (ISO 8601, UTC), never in the future. */
  reviewedAt: string
  reviewNote: string | null
}

/**
 * What the bundled content says about itself, in the release the first start (or `content:import` of the
 * bundled files without --reviewed-by) makes: the team that wrote it, and that no clinician read it.
 * This is the one place its wording lives; `reviewedAt` is when those files were imported (and checked).
 */
export const BUNDLED_CONTENT_REVIEW = {
  reviewedBy: 'Content team (not clinically reviewed)',
  reviewNote:
    'Written and checked by the content team that wrote it, against the house style and the automated content checks. ' +
    'It has not had a clinical review: no counselor, psychologist or doctor has signed it off. ' +
    'Have a qualified person on your side read it before you hand it to families.',
} as const

export function bundledContentReview(at: Date = new Date()): ReleaseReview {
  return { ...BUNDLED_CONTENT_REVIEW, reviewedAt: at.toISOString() }
}

// A review older than this is a typo (a year 0026 for 2026), not a review.
const FIRST_MOMENT = Date.UTC(1970, 0, 1)

/** The review fields of a publish request; `reviewedAt` and `reviewNote` need `reviewedBy`, and `reviewedBy` needs `reviewedAt`. */
export const reviewFields = {
  reviewedBy: z
    .string()
    .trim()
    .min(1, 'must not be empty: name the person or role that reviewed the content')
    .max(200)
    .optional()
    .describe('Who reviewed the content this release publishes: a person or a role, such as "Dr. Ana Ruiz, school psychologist". Needs `reviewedAt`.'),
  reviewedAt: z.iso
    .datetime({ offset: true, error: 'must be an RFC 3339 date-time with Z or an offset, such as 2026-12-01T08:00:00+01:00' })
    .max(64)
    .refine((value) => Date.parse(value) >= FIRST_MOMENT, 'must be after 1970')
    .refine((value) => Date.parse(value) <= Date.now(), 'must not be in the future')
    .optional()
    .describe('When they reviewed it: an RFC 3339 date-time with `Z` or an offset, not in the future. Needs `reviewedBy`.'),
  reviewNote: z.string().trim().min(1).max(2_000).optional().describe('What the review covered, or what it did not. Needs `reviewedBy`.'),
}

/** The review a validated request gives (null: none), or a 400 naming the field that is missing. */
export function reviewOf(request: { reviewedBy?: string | undefined; reviewedAt?: string | undefined; reviewNote?: string | undefined }): ReleaseReview | null {
  const problems: FieldError[] = []
  const missing = (field: string, message: string) => problems.push({ location: 'body', field, message })
  if (request.reviewedBy === undefined) {
    if (request.reviewedAt !== undefined) missing('reviewedBy', 'is required with reviewedAt: name who reviewed the content')
    if (request.reviewNote !== undefined) missing('reviewedBy', 'is required with reviewNote: name who reviewed the content')
  } else if (request.reviewedAt === undefined) missing('reviewedAt', 'is required with reviewedBy: say when they reviewed the content')
  if (problems.length) {
    throw new AppError('VALIDATION_FAILED', `Invalid review: ${problems.map((item) => `${item.field} ${item.message}`).join('; ')}`, problems)
  }
  if (request.reviewedBy === undefined || request.reviewedAt === undefined) return null
  return { reviewedBy: request.reviewedBy, reviewedAt: new Date(request.reviewedAt).toISOString(), reviewNote: request.reviewNote ?? null }
}

/** The review stored in a row's three columns (null when none was given). */
export function storedReview(row: { reviewedBy: string | null; reviewedAt: Date | null; reviewNote: string | null }): ReleaseReview | null {
  if (row.reviewedBy === null || row.reviewedAt === null) return null
  return { reviewedBy: row.reviewedBy, reviewedAt: row.reviewedAt.toISOString(), reviewNote: row.reviewNote }
}

/** A review as the three columns store it. */
export function reviewColumns(review: ReleaseReview | null | undefined) {
  return {
    reviewedBy: review?.reviewedBy ?? null,
    reviewedAt: review ? new Date(review.reviewedAt) : null,
    reviewNote: review?.reviewNote ?? null,
  }
}

/** The three fields a release (or a schedule) is served with: all null when no review was recorded. */
export function reviewView(review: ReleaseReview | null): { reviewedBy: string | null; reviewedAt: string | null; reviewNote: string | null } {
  return { reviewedBy: review?.reviewedBy ?? null, reviewedAt: review?.reviewedAt ?? null, reviewNote: review?.reviewNote ?? null }
}

/** The review fields of a served release or schedule (REST responses). */
export const reviewResponseFields = {
  reviewedBy: z
    .string()
    .nullable()
    .describe('Who reviewed the content it publishes: a person or a role, as the publisher gave it. Null: no review was recorded.'),
  reviewedAt: z.string().nullable().describe('When they reviewed it (ISO 8601, UTC); null with `reviewedBy`.'),
  reviewNote: z.string().nullable().describe('What the review covered, or what it did not; null when none was given.'),
}
