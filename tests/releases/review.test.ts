import { sql } from 'drizzle-orm'
import fc from 'fast-check'
import t from 'tap'
import type { App } from '../../src/app.js'
import { BUNDLED_CONTENT_REVIEW } from '../../src/publishing/review.js'
import { build, drivers } from '../helpers/build.js'
import { newPrompt } from '../helpers/content.js'
import { graphql } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'

type Json = Record<string, any>

const releaseFields = 'id source reviewedBy reviewedAt reviewNote'
const review = { reviewedBy: 'Dana Cole, school counselor', reviewedAt: '2026-11-30T17:00:00+01:00', reviewNote: 'Read every changed prompt.' }

/** Keys and calls for one app: an editor writes and approves drafts, a reader reads releases. */
async function callers(app: App) {
  const editor = bearer(await createKey(app, { name: 'Ana (editor)', scopes: ['content:write', 'content:publish'] }))
  const reader = bearer(await createKey(app, { name: 'reader', scopes: ['content:read'] }))
  const call = (method: 'GET' | 'POST', url: string, headers: Record<string, string>, payload?: object) =>
    app.inject({ method, url, headers, ...(payload ? { payload } : {}) })
  /** A new prompt, approved: the next publish has something to publish. */
  const approved = async (slug: string) => {
    const id = `prompt:${slug}`
    const created = await call('POST', '/v1/admin/documents', editor, { type: 'prompt', content: newPrompt(slug, `What about ${slug.replaceAll('-', ' ')}?`) })
    if (created.statusCode !== 201) throw new Error(created.payload)
    await call('POST', `/v1/admin/documents/${id}/submit`, editor, {})
    await call('POST', `/v1/admin/documents/${id}/approve`, editor, {})
    return id
  }
  const release = async (id: number) => (await call('GET', `/v1/releases/${id}`, reader)).json() as Json
  const gqlRelease = async (id: number) => (await graphql(app, `{ release(id: ${id}) { ${releaseFields} } }`, undefined, reader)).data?.release as Json
  return { editor, reader, call, approved, release, gqlRelease }
}

for (const driver of drivers) {
  t.test(`release review records on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const c = await callers(app)

    t.test('the bundled content says who wrote it and that it had no clinical review, on REST and GraphQL', async (t) => {
      const rest = await c.release(1)
      t.match(rest, { id: 1, source: 'import', ...BUNDLED_CONTENT_REVIEW })
      t.ok(Date.parse(rest.reviewedAt) <= Date.now(), 'reviewedAt is a time, not in the future')
      t.match(rest.reviewNote, /not had a clinical review/)
      const listed = (await c.call('GET', '/v1/releases', c.reader)).json().data.find((item: Json) => item.id === 1)
      t.same(
        { reviewedBy: listed.reviewedBy, reviewedAt: listed.reviewedAt, reviewNote: listed.reviewNote },
        { reviewedBy: rest.reviewedBy, reviewedAt: rest.reviewedAt, reviewNote: rest.reviewNote },
      )
      t.same(await c.gqlRelease(1), { id: 1, source: 'import', reviewedBy: rest.reviewedBy, reviewedAt: rest.reviewedAt, reviewNote: rest.reviewNote })
    })

    t.test('a REST publish records its review once; a later publish or a rollback never changes it', async (t) => {
      await c.approved('what-did-you-build-today')
      const published = await c.call('POST', '/v1/admin/releases', c.editor, { note: 'Reviewed batch', ...review })
      t.equal(published.statusCode, 201, published.payload)
      const id = published.json().releaseId as number
      const expected = { reviewedBy: review.reviewedBy, reviewedAt: '2026-11-30T16:00:00.000Z', reviewNote: review.reviewNote }
      t.match(await c.release(id), { id, source: 'publish', ...expected }, 'stored in UTC, served on GET /v1/releases/{id}')
      t.match(await c.gqlRelease(id), { id, ...expected }, 'and in GraphQL')

      await c.approved('what-did-you-fix-today')
      const unreviewed = await c.call('POST', '/v1/admin/releases', c.editor, { note: 'No review named' })
      t.equal(unreviewed.statusCode, 201)
      t.match(await c.release(unreviewed.json().releaseId), { reviewedBy: null, reviewedAt: null, reviewNote: null }, 'no review given: none recorded')
      t.match(await c.release(id), expected, 'the pinned release keeps its record')

      const restored = await c.call('POST', `/v1/admin/releases/${id}/restore`, c.editor, { note: 'Back to the reviewed batch' })
      t.equal(restored.statusCode, 201, restored.payload)
      t.match(await c.release(restored.json().releaseId), { source: 'rollback', ...expected }, 'a rollback publishes the same versions, with their review')
      t.match(await c.release(id), expected)

      const refused = await app.db.execute(sql`update releases set reviewed_by = 'someone else' where id = ${id}`).then(
        () => null,
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      )
      t.match(refused, /immutable/, 'the database refuses to change a release record')
      t.match(await c.release(id), expected)
    })

    t.test('GraphQL publishRelease records the review too', async (t) => {
      await c.approved('what-did-you-draw-today')
      const result = await graphql(
        app,
        'mutation ($by: String, $at: String, $note: String) { publishRelease(note: "Via GraphQL", reviewedBy: $by, reviewedAt: $at, reviewNote: $note) { releaseId } }',
        { by: 'Head of pastoral care', at: '2026-12-01T08:00:00Z', note: 'Spot-checked ages 3-5.' },
        c.editor,
      )
      t.notOk(result.errors, JSON.stringify(result.errors))
      const id = result.data!.publishRelease.releaseId as number
      t.match(await c.gqlRelease(id), { reviewedBy: 'Head of pastoral care', reviewedAt: '2026-12-01T08:00:00.000Z', reviewNote: 'Spot-checked ages 3-5.' })
    })

    t.test('a schedule carries the review to the release it makes', async (t) => {
      await c.approved('what-did-you-plant-today')
      const publishAt = new Date(Date.now() + 1_000).toISOString()
      const created = await c.call('POST', '/v1/admin/releases', c.editor, { note: 'Later', publishAt, ...review })
      t.equal(created.statusCode, 202, created.payload)
      t.match(created.json(), { reviewedBy: review.reviewedBy, reviewedAt: '2026-11-30T16:00:00.000Z', reviewNote: review.reviewNote })
      await new Promise((resolve) => setTimeout(resolve, Date.parse(publishAt) - Date.now() + 100))
      const [fired] = await app.services.schedules.runDue()
      t.match(fired, { outcome: 'published' })
      const releaseId = (fired as { releaseId: number }).releaseId
      t.match(await c.release(releaseId), { source: 'schedule', reviewedBy: review.reviewedBy, reviewedAt: '2026-11-30T16:00:00.000Z' })
    })

    t.test('an invalid review is a 400 naming the field, on REST and GraphQL', async (t) => {
      const cases: [Json, string][] = [
        [{ reviewedBy: '', reviewedAt: review.reviewedAt }, 'reviewedBy'],
        [{ reviewedBy: '   ', reviewedAt: review.reviewedAt }, 'reviewedBy'],
        [{ reviewedBy: 'x'.repeat(201), reviewedAt: review.reviewedAt }, 'reviewedBy'],
        [{ reviewedBy: 'Dana', reviewedAt: new Date(Date.now() + 3_600_000).toISOString() }, 'reviewedAt'],
        [{ reviewedBy: 'Dana', reviewedAt: '2026-11-30 17:00' }, 'reviewedAt'],
        [{ reviewedBy: 'Dana', reviewedAt: '0026-11-30T17:00:00Z' }, 'reviewedAt'],
        [{ reviewedBy: 'Dana' }, 'reviewedAt'],
        [{ reviewedAt: review.reviewedAt }, 'reviewedBy'],
        [{ reviewNote: 'A note with nobody behind it' }, 'reviewedBy'],
        [{ reviewedBy: 'Dana', reviewedAt: review.reviewedAt, reviewNote: '' }, 'reviewNote'],
      ]
      for (const [body, field] of cases) {
        const rest = await c.call('POST', '/v1/admin/releases', c.editor, { note: 'Bad review', ...body })
        t.equal(rest.statusCode, 400, `REST ${JSON.stringify(body)}`)
        t.ok(
          (rest.json().errors as { field: string }[]).some((error) => error.field === field),
          `REST names ${field}: ${rest.payload}`,
        )
        const gql = await graphql(
          app,
          'mutation ($by: String, $at: String, $note: String) { publishRelease(note: "Bad review", reviewedBy: $by, reviewedAt: $at, reviewNote: $note) { releaseId } }',
          { by: body.reviewedBy, at: body.reviewedAt, note: body.reviewNote },
          c.editor,
        )
        t.equal(gql.errors?.[0]?.extensions.code, 'VALIDATION_FAILED', `GraphQL ${JSON.stringify(body)}`)
        t.match(JSON.stringify(gql.errors), field, `GraphQL names ${field}`)
      }
    })

    t.test('property: any reviewedBy/reviewedAt is a 4xx naming a review field, or accepted; never a 5xx', async (t) => {
      const text = fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.constantFrom('', ' ', '\u0000', '\u{1F600}', 'x'.repeat(250)),
        fc.string({ unit: 'grapheme', maxLength: 20 }),
      )
      const when = fc.oneof(
        fc.date({ min: new Date(-8.64e15), max: new Date(8.64e15), noInvalidDate: true }).map((date) => date.toISOString()),
        fc.date({ min: new Date('1960-01-01'), max: new Date('2030-01-01'), noInvalidDate: true }).map((date) => date.toISOString().replace('Z', '+05:30')),
        fc.string({ maxLength: 80 }),
        fc.constantFrom('2026-02-30T10:00:00Z', '2026-11-30T24:00:00Z', '9999-12-31T23:59:59-23:59', '2026-11-30T10:00:00', '1969-12-31T23:59:59Z'),
      )
      const body = fc.record({ reviewedBy: text, reviewedAt: when, reviewNote: text }, { requiredKeys: [] })
      await fc.assert(
        fc.asyncProperty(body, async (input) => {
          // No approved draft is left, so a valid review gets 409 NOTHING_TO_PUBLISH: it got past validation.
          const rest = await c.call('POST', '/v1/admin/releases', c.editor, { note: 'Property', ...input })
          if (rest.statusCode >= 500) throw new Error(`REST ${rest.statusCode} for ${JSON.stringify(input)}: ${rest.payload}`)
          if (![400, 409].includes(rest.statusCode)) throw new Error(`REST ${rest.statusCode} for ${JSON.stringify(input)}`)
          if (rest.statusCode === 400 && !(rest.json().errors as { field: string }[]).some((error) => /^review(edBy|edAt|Note)$/.test(error.field))) {
            throw new Error(`400 without a review field for ${JSON.stringify(input)}: ${rest.payload}`)
          }
          const gql = await graphql(
            app,
            'mutation ($by: String, $at: String, $note: String) { publishRelease(note: "Property", reviewedBy: $by, reviewedAt: $at, reviewNote: $note) { releaseId } }',
            { by: input.reviewedBy, at: input.reviewedAt, note: input.reviewNote },
            c.editor,
          )
          const code = gql.errors?.[0]?.extensions.code
          if (gql.status >= 500 || code === 'INTERNAL_ERROR') throw new Error(`GraphQL ${gql.status} ${code} for ${JSON.stringify(input)}`)
          if (code !== (rest.statusCode === 400 ? 'VALIDATION_FAILED' : 'NOTHING_TO_PUBLISH')) {
            throw new Error(`GraphQL ${code} where REST said ${rest.statusCode} for ${JSON.stringify(input)}`)
          }
        }),
        { numRuns: 150 },
      )
      t.pass('150 generated reviews')
    })
  })
}
