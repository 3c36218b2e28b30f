// Over 400 lines on purpose: the history, diff and rollback of one document, whose steps build on each
// other's releases; split, each file would rebuild the same history first.
import { and, eq } from 'drizzle-orm'
import fc from 'fast-check'
import { applyPatch, type Operation } from 'rfc6902'
import t from 'tap'
import { publishChanges } from '../../src/publishing/release-writer.js'
import { contentDocument, loadContent } from '../../src/content/load-content.js'
import { promptType } from '../../src/content/types/index.js'
import { competencies, contentWarnings } from '../../src/content/vocabulary.js'
import { auditLog } from '../../src/db/schema.js'
import { build, drivers } from '../helpers/build.js'
import { newPrompt } from '../helpers/content.js'
import { graphql } from '../helpers/graphql.js'
import { bearer, createKey } from '../helpers/keys.js'

type Json = Record<string, any>

const LAUGH = 'prompt:what-made-you-laugh-today'
const ORIGINAL_TEXT = 'What made you laugh the most today?'
const NEW_TEXT = 'What made you laugh out loud today?'

/** Random merge patches over fields whose every generated value keeps a depth-1 prompt valid. */
const sentenceText = fc.stringMatching(/^[A-Z][a-z ,']{9,60}[a-z?.]$/)
const promptPatch = fc.record(
  {
    text: sentenceText,
    // Every prompt needs a tip, so a patch changes it but never removes it.
    responseTip: sentenceText,
    ageMax: fc.integer({ min: 5, max: 99 }),
    settings: fc.uniqueArray(fc.constantFrom('car-ride', 'meal', 'walk', 'bedtime', 'message'), { minLength: 1, maxLength: 5 }),
    competencies: fc.uniqueArray(fc.constantFrom(...competencies), { minLength: 1, maxLength: 3 }),
    contentWarnings: fc.uniqueArray(fc.constantFrom(...contentWarnings), { maxLength: 4 }),
    formerIds: fc.uniqueArray(fc.constantFrom('prompt:old-club', 'prompt:secret-club', 'prompt:club-night'), { maxLength: 3 }),
    followUps: fc.uniqueArray(fc.constantFrom('what-made-you-laugh-today', 'favorite-thing-we-did-together-this-week'), { maxLength: 2 }),
  },
  { requiredKeys: [] },
)

const byPath = (patch: Operation[]) => [...patch].sort((a, b) => a.path.localeCompare(b.path))

for (const driver of drivers) {
  t.test(`document history, diff, restore and rollback on ${driver}`, async (t) => {
    const started = Date.now()
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const writer = bearer(await createKey(app, { name: 'Ana (editor)', scopes: ['content:write'] }))
    const publisher = bearer(await createKey(app, { name: 'Ben (publisher)', scopes: ['content:publish'] }))
    const editor = bearer(await createKey(app, { name: 'Cy (both)', scopes: ['content:read', 'content:write', 'content:publish'] }))
    const readerKey = bearer(await createKey(app, { name: 'reader', scopes: ['content:read'] }))
    // GraphQL needs content:read besides the editorial scope.
    const gqlWriter = bearer(await createKey(app, { name: 'Di (editor)', scopes: ['content:read', 'content:write'] }))
    const gqlPublisher = bearer(await createKey(app, { name: 'Ed (publisher)', scopes: ['content:read', 'content:publish'] }))
    const call = (method: string, url: string, headers: Record<string, string>, payload?: unknown) =>
      app.inject({ method: method as 'GET', url, headers, ...(payload === undefined ? {} : { payload: payload as object }) })
    const etagOf = async (id: string) => (await call('GET', `/v1/admin/documents/${id}`, writer)).json().etag as string
    const editDraft = async (id: string, patch: Json, note?: string) =>
      app.inject({
        method: 'PATCH',
        url: `/v1/admin/documents/${id}/draft${note ? `?note=${encodeURIComponent(note)}` : ''}`,
        headers: { ...writer, 'content-type': 'application/merge-patch+json', 'if-match': await etagOf(id) },
        payload: JSON.stringify(patch),
      })
    /** Submits, approves and publishes one document's draft; the new release id. */
    const publishDraft = async (id: string, note: string): Promise<number> => {
      t.equal((await call('POST', `/v1/admin/documents/${id}/submit`, writer, {})).statusCode, 200, `submit ${id}`)
      t.equal((await call('POST', `/v1/admin/documents/${id}/approve`, publisher, {})).statusCode, 200, `approve ${id}`)
      const published = await call('POST', '/v1/admin/releases', publisher, { note, documents: [id] })
      t.equal(published.statusCode, 201, published.payload)
      return published.json().releaseId
    }
    const history = async (id: string, query = '') => call('GET', `/v1/admin/documents/${id}/versions${query}`, writer)
    const allHistory = async (id: string, limit: number) => {
      const entries: Json[] = []
      let cursor: string | null = null
      do {
        const page = await history(id, `?limit=${limit}${cursor ? `&cursor=${cursor}` : ''}`)
        if (page.statusCode !== 200) throw new Error(page.payload)
        const body = page.json()
        if (body.data.length > limit) throw new Error('a page longer than its limit')
        entries.push(...body.data)
        cursor = body.page.nextCursor
      } while (cursor)
      return entries
    }
    const diff = (id: string, query = '') => call('GET', `/v1/admin/documents/${id}/diff${query}`, writer)
    const publicPrompt = (slug: string) => app.inject({ url: `/v1/prompts/${slug}`, headers: readerKey })

    let firstEdit = 0
    t.test('history: published versions and draft revisions with authors and notes, newest first, paged', async (t) => {
      // The bundled content's import: version 1, and whatever revisions the import itself recorded.
      const before = (await history(LAUGH)).json().data
      t.match(
        before.find((entry: Json) => entry.entry === 'version'),
        { version: 1, releaseId: 1, source: 'import', note: 'Bundled content, imported on first start' },
      )
      const last = Math.max(0, ...before.filter((entry: Json) => entry.entry === 'revision').map((entry: Json) => entry.revision))

      t.equal((await editDraft(LAUGH, { text: NEW_TEXT }, 'Warmer wording')).statusCode, 200)
      firstEdit = await publishDraft(LAUGH, 'November prompts')
      const entries = (await history(LAUGH)).json().data
      const label = (entry: Json) => (entry.entry === 'version' ? `v${entry.version}` : `${entry.action} r${entry.revision}`)
      t.same(
        entries.map(label),
        ['v2', `publish r${last + 4}`, `approve r${last + 3}`, `submit r${last + 2}`, `edit r${last + 1}`, ...before.map(label)],
        'newest first; a version before the revision its publish wrote',
      )
      t.match(entries[0], { entry: 'version', version: 2, releaseId: firstEdit, source: 'publish', author: 'Ben (publisher)', note: 'November prompts' })
      t.match(entries[1], { action: 'publish', author: 'Ben (publisher)', note: 'November prompts', state: null })
      t.match(entries[2], { action: 'approve', author: 'Ben (publisher)', state: 'approved' })
      t.match(entries[4], { action: 'edit', author: 'Ana (editor)', note: 'Warmer wording', state: 'draft', kind: 'edit' })
      const times = entries.map((entry: Json) => Date.parse(entry.createdAt))
      t.same(
        times,
        [...times].sort((a, b) => b - a),
        'by time, newest first',
      )

      for (const limit of [1, 2, 4, 5]) t.same(await allHistory(LAUGH, limit), entries, `pages of ${limit} add up to the whole history`)
      const cut = (await history(LAUGH, '?limit=2')).json()
      t.equal(cut.data.length, 2)
      t.type(cut.page.nextCursor, 'string')

      // A preview overlay writes versions of the drafts: they are not history.
      t.equal((await editDraft(LAUGH, { ageMax: 12 }, 'Younger')).statusCode, 200)
      await app.services.preview.snapshot()
      const withPreview = (await history(LAUGH)).json().data
      t.same(
        withPreview.filter((entry: Json) => entry.entry === 'version').map((entry: Json) => entry.version),
        [2, 1],
        'no preview version listed',
      )
      t.match(withPreview[0], { entry: 'revision', action: 'edit', note: 'Younger', author: 'Ana (editor)' })
      t.equal((await diff(LAUGH, '?from=3')).json().code, 'DOCUMENT_VERSION_NOT_FOUND', 'a preview version is not a version to diff')
      t.equal((await call('DELETE', `/v1/admin/documents/${LAUGH}/draft`, { ...writer, 'if-match': '*' })).statusCode, 200)
    })

    t.test('history refuses what it cannot answer', async (t) => {
      t.match((await history('prompt:no-such-prompt')).json(), { status: 404, code: 'DOCUMENT_NOT_FOUND' })
      t.match((await history(LAUGH, '?cursor=not-a-cursor')).json(), { status: 400, code: 'INVALID_CURSOR' })
      const cursor = (payload: Json) => Buffer.from(JSON.stringify(payload)).toString('base64url')
      for (const forged of [
        { t: '1', k: 7, n: 1 },
        { t: '9999999999999999999', k: 1, n: 1 },
        { t: '1', k: 0, n: 2 ** 31 },
        { t: 1, k: 0, n: 1 },
        { t: '1', k: 0, n: 1, x: 1 },
      ]) {
        t.match((await history(LAUGH, `?cursor=${cursor(forged)}`)).json(), { status: 400, code: 'INVALID_CURSOR' }, JSON.stringify(forged))
      }
      t.same(
        (await history(LAUGH, `?cursor=${cursor({ t: '999999999999999999', k: 1, n: 1 })}`)).json().data,
        (await history(LAUGH)).json().data,
        'a cursor far in the future: everything is older',
      )
      t.same((await history(LAUGH, `?cursor=${cursor({ t: '1', k: 1, n: 1 })}`)).json().data, [], 'a cursor at 1970: nothing is older')
      for (const limit of ['0', '101', 'x', '1.5']) t.equal((await history(LAUGH, `?limit=${limit}`)).statusCode, 400, `limit=${limit}`)
      t.equal((await call('GET', `/v1/admin/documents/${LAUGH}/versions`, publisher)).statusCode, 200, 'content:publish reads history too')
      t.match((await call('GET', `/v1/admin/documents/${LAUGH}/versions`, readerKey)).json(), { status: 403, code: 'FORBIDDEN' })
    })

    t.test('diff: between two versions, and between a version and the draft, as RFC 6902 operations', async (t) => {
      const versions = await diff(LAUGH, '?from=1&to=2')
      t.equal(versions.statusCode, 200, versions.payload)
      t.same(versions.json(), {
        from: 1,
        to: 2,
        patch: [{ op: 'replace', path: '/text', value: NEW_TEXT }],
        changes: [{ field: 'text', change: 'changed', before: ORIGINAL_TEXT, after: NEW_TEXT }],
      })
      t.same((await diff(LAUGH, '?from=2&to=2')).json().patch, [], 'a version against itself')
      t.match((await diff(LAUGH)).json(), { status: 404, code: 'DRAFT_NOT_FOUND' }, 'the default `to` is the draft, and there is none')

      t.equal(
        (await editDraft(LAUGH, { ageMax: 10, responseTip: 'Laugh along, then share what made you laugh.', formerIds: null, settings: ['meal', 'walk'] }))
          .statusCode,
        200,
      )
      const published = (await call('GET', `/v1/admin/documents/${LAUGH}`, writer)).json()
      const toDraft = (await diff(LAUGH)).json()
      t.equal(toDraft.from, 2, 'from defaults to the published version')
      t.equal(toDraft.to, 'draft')
      t.same(
        byPath(toDraft.patch).filter((op: Operation) => !/^\/(settings|formerIds)\//.test(op.path)),
        [
          { op: 'replace', path: '/ageMax', value: 10 },
          { op: 'replace', path: '/responseTip', value: 'Laugh along, then share what made you laugh.' },
        ],
      )
      t.same(
        toDraft.patch.filter((op: Operation) => op.path.startsWith('/formerIds')),
        [
          { op: 'remove', path: '/formerIds/0' },
          { op: 'remove', path: '/formerIds/0' },
        ],
        'formerIds emptied: both former ids removed',
      )
      const patched = structuredClone(published.published.content)
      t.same(applyPatch(patched, toDraft.patch).filter(Boolean), [], 'the patch applies')
      t.same(patched, published.draft.content, 'and gives the draft')
      t.same(toDraft.changes.map((change: Json) => `${change.change} ${change.field}`).sort(), [
        'changed ageMax',
        'changed formerIds',
        'changed responseTip',
        'changed settings',
      ])
      t.match(
        toDraft.changes.find((change: Json) => change.field === 'responseTip'),
        { change: 'changed', before: String, after: 'Laugh along, then share what made you laugh.' },
      )

      const back = (await diff(LAUGH, '?from=draft&to=1')).json()
      const original = (await app.inject({ url: `/v1/documents/${LAUGH}/versions/1`, headers: readerKey })).json().content
      const draftBody = structuredClone(published.draft.content)
      applyPatch(draftBody, back.patch)
      t.same(draftBody, original, 'from the draft back to version 1')
      t.match(
        back.changes.find((change: Json) => change.field === 'responseTip'),
        { change: 'changed', before: 'Laugh along, then share what made you laugh.', after: String },
      )

      const unpublished = 'prompt:what-did-you-build-today'
      t.equal(
        (await call('POST', '/v1/admin/documents', writer, { type: 'prompt', content: newPrompt('what-did-you-build-today', 'What did you build today?') }))
          .statusCode,
        201,
      )
      const fresh = (await diff(unpublished)).json()
      t.equal(fresh.from, null, 'nothing published: the diff starts from {}')
      t.same(
        fresh.patch.map((op: Operation) => op.op),
        Array(fresh.patch.length).fill('add'),
      )
      t.ok(fresh.changes.every((change: Json) => change.change === 'added'))

      t.match((await diff(LAUGH, '?from=99')).json(), { status: 404, code: 'DOCUMENT_VERSION_NOT_FOUND' })
      t.match((await diff(unpublished, '?from=1&to=draft')).json(), { status: 404, code: 'DOCUMENT_VERSION_NOT_FOUND' })
      t.match((await diff('prompt:no-such-prompt', '?from=1&to=1')).json(), { status: 404, code: 'DOCUMENT_NOT_FOUND' })
      for (const query of ['?from=0', '?from=-1', '?to=latest', '?from=1.0', '?from=0x1', '?to=2147483648', '?from=1&extra=1', '?from=DRAFT']) {
        t.match((await diff(LAUGH, query)).json(), { status: 400, code: 'VALIDATION_FAILED' }, query)
      }
      t.equal((await call('DELETE', `/v1/admin/documents/${LAUGH}/draft`, { ...writer, 'if-match': '*' })).statusCode, 200)
      t.equal((await call('DELETE', `/v1/admin/documents/${unpublished}/draft`, { ...writer, 'if-match': '*' })).statusCode, 200)
    })

    t.test('property: the diff from the published body to the draft, applied, gives exactly the draft', async (t) => {
      const id = 'prompt:if-we-started-a-club'
      t.match(
        (await editDraft(id, { responseTip: null })).json(),
        { status: 400, code: 'VALIDATION_FAILED', errors: [{ field: 'content.responseTip', message: 'every prompt needs a responseTip, at any depth' }] },
        'a tip can be changed, never removed',
      )
      await fc.assert(
        fc.asyncProperty(promptPatch, async (patch) => {
          const edited = await editDraft(id, patch)
          if (edited.statusCode !== 200) throw new Error(`the patch ${JSON.stringify(patch)} was refused: ${edited.payload}`)
          const doc = edited.json()
          const answer = await diff(id)
          if (answer.statusCode !== 200) throw new Error(answer.payload)
          const { patch: operations, changes } = answer.json()
          const body = structuredClone(doc.published.content)
          const errors = applyPatch(body, operations).filter(Boolean)
          if (errors.length) throw new Error(`the patch did not apply: ${errors}`)
          if (JSON.stringify(sortKeys(body)) !== JSON.stringify(sortKeys(doc.draft.content))) throw new Error('the patched body is not the draft')
          const differing = Object.keys({ ...doc.published.content, ...doc.draft.content })
            .filter((field) => JSON.stringify(doc.published.content[field]) !== JSON.stringify(doc.draft.content[field]))
            .sort()
          if (JSON.stringify(changes.map((change: Json) => change.field).sort()) !== JSON.stringify(differing)) throw new Error('changes miss a field')
        }),
        { numRuns: driver === 'pglite' ? 30 : 15 },
      )
      t.equal((await call('DELETE', `/v1/admin/documents/${id}/draft`, { ...writer, 'if-match': '*' })).statusCode, 200)
    })

    t.test('restore: If-Match like any edit, then review and publish makes the old text live', async (t) => {
      const restore = (headers: Record<string, string>, body: Json, id = LAUGH) => call('POST', `/v1/admin/documents/${id}/restore`, headers, body)
      t.match((await restore(writer, { version: 1 })).json(), { status: 428, code: 'PRECONDITION_REQUIRED' })
      t.match((await restore({ ...writer, 'if-match': '"d1"' }, { version: 1 })).json(), { status: 412, code: 'PRECONDITION_FAILED' })
      t.match((await restore({ ...publisher, 'if-match': '"v2"' }, { version: 1 })).json(), { status: 403, code: 'FORBIDDEN' })
      t.match((await restore({ ...writer, 'if-match': '"v2"' }, { version: 99 })).json(), { status: 404, code: 'DOCUMENT_VERSION_NOT_FOUND' })
      t.match((await restore({ ...writer, 'if-match': '"v0"' }, { version: 1 }, 'prompt:no-such-prompt')).json(), { status: 404, code: 'DOCUMENT_NOT_FOUND' })
      for (const body of [{}, { version: 0 }, { version: '1' }, { version: 1, note: '' }, { version: 1, extra: true }]) {
        t.match((await restore({ ...writer, 'if-match': '"v2"' }, body)).json(), { status: 400, code: 'VALIDATION_FAILED' }, JSON.stringify(body))
      }

      const etag = await etagOf(LAUGH)
      const restored = await restore({ ...writer, 'if-match': etag }, { version: 1, note: 'Back to the original wording' })
      t.equal(restored.statusCode, 200, restored.payload)
      const doc = restored.json()
      t.match(doc, {
        state: 'draft',
        published: { version: 2 },
        draft: { kind: 'edit', state: 'draft', content: { text: ORIGINAL_TEXT }, updatedBy: 'Ana (editor)' },
      })
      t.equal(restored.headers.etag, doc.etag)
      t.match((await restore({ ...writer, 'if-match': etag }, { version: 1 })).json(), { code: 'PRECONDITION_FAILED' }, 'the same ETag again is stale')
      t.match((await history(LAUGH, '?limit=1')).json().data[0], {
        entry: 'revision',
        action: 'restore',
        state: 'draft',
        author: 'Ana (editor)',
        note: 'Back to the original wording',
      })
      const [audit] = await app.db
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.target, LAUGH), eq(auditLog.action, 'draft.restore')))
      t.match(audit, { keyName: 'Ana (editor)', requestId: restored.headers['x-request-id'] }, 'an audit row with the request id')

      const releaseId = await publishDraft(LAUGH, 'Original wording again')
      const live = await publicPrompt('what-made-you-laugh-today')
      t.equal(live.json().text, ORIGINAL_TEXT)
      t.equal(live.headers['content-release'], String(releaseId))
      t.match((await call('GET', `/v1/admin/documents/${LAUGH}`, writer)).json(), {
        state: 'published',
        published: { version: 3, content: { text: ORIGINAL_TEXT } },
      })
    })

    t.test('restore brings an archived document back as a draft', async (t) => {
      const id = 'prompt:what-did-you-fix-today'
      t.equal(
        (await call('POST', '/v1/admin/documents', writer, { type: 'prompt', content: newPrompt('what-did-you-fix-today', 'What did you fix today?') }))
          .statusCode,
        201,
      )
      await publishDraft(id, 'A new prompt')
      t.equal(
        (await app.inject({ method: 'POST', url: `/v1/admin/documents/${id}/archive`, headers: { ...writer, 'if-match': '"v1"' }, payload: {} })).statusCode,
        200,
      )
      await publishDraft(id, 'Retire it')
      t.equal((await publicPrompt('what-did-you-fix-today')).statusCode, 404, 'archived')
      t.match((await call('GET', `/v1/admin/documents/${id}`, writer)).json(), { state: 'unpublished', etag: '"v0"' })
      const restored = await app.inject({
        method: 'POST',
        url: `/v1/admin/documents/${id}/restore`,
        headers: { ...writer, 'if-match': '"v0"' },
        payload: { version: 1 },
      })
      t.match(restored.json(), { state: 'draft', published: null, draft: { kind: 'edit', content: { text: 'What did you fix today?' } } })
      await publishDraft(id, 'Back by request')
      t.equal((await publicPrompt('what-did-you-fix-today')).json().text, 'What did you fix today?', 'published again')
      const versions = (await history(id)).json().data.filter((entry: Json) => entry.entry === 'version')
      t.same(
        versions.map((entry: Json) => entry.version),
        [1],
        'the same body republished is the same version',
      )
    })

    t.test('rollback: a new release with an earlier mapping, served at once', async (t) => {
      const slug = 'favorite-thing-we-did-together-this-week'
      const id = `prompt:${slug}`
      const before = (await app.inject({ url: '/v1/releases?limit=1', headers: readerKey })).json().data[0].id as number
      const oldText = (await publicPrompt(slug)).json().text
      t.equal((await editDraft(id, { text: 'Which game from our week would you play again tomorrow?' })).statusCode, 200)
      const changed = await publishDraft(id, 'Sharper question')
      t.equal((await publicPrompt(slug)).json().text, 'Which game from our week would you play again tomorrow?')

      // A draft pending elsewhere is left as it is.
      t.equal((await editDraft(LAUGH, { ageMax: 11 }, 'pending')).statusCode, 200)
      const pending = (await call('GET', `/v1/admin/documents/${LAUGH}`, writer)).json()

      const rollback = (headers: Record<string, string>, releaseId: number | string, body: unknown = { note: 'Undo the sharper question' }) =>
        call('POST', `/v1/admin/releases/${releaseId}/restore`, headers, body)
      t.match((await rollback(writer, before)).json(), { status: 403, code: 'FORBIDDEN' })
      const rolled = await rollback(publisher, before)
      t.equal(rolled.statusCode, 201, rolled.payload)
      t.equal(rolled.headers['cache-control'], 'no-store')
      const result = rolled.json()
      t.same({ ...result, releaseId: 0 }, { releaseId: 0, restoredFrom: before, added: [], changed: [id], removed: [] })
      t.ok(result.releaseId > changed, 'a new release')

      const live = await publicPrompt(slug)
      t.equal(live.json().text, oldText, 'the old text is served')
      t.equal(live.headers['content-release'], String(result.releaseId))
      t.match((await app.inject({ url: '/v1/releases?limit=1', headers: readerKey })).json().data[0], {
        id: result.releaseId,
        source: 'rollback',
        basedOnReleaseId: changed,
        note: 'Undo the sharper question',
        current: true,
      })
      const releaseDiff = (await app.inject({ url: `/v1/releases/${before}/diff/${result.releaseId}`, headers: readerKey })).json()
      t.same([...releaseDiff.added, ...releaseDiff.changed, ...releaseDiff.removed], [], 'the same mapping as the release restored')
      t.same((await call('GET', `/v1/admin/documents/${LAUGH}`, writer)).json().draft, pending.draft, 'pending drafts are untouched')
      const [audit] = await app.db.select().from(auditLog).where(eq(auditLog.action, 'release.rollback'))
      t.match(audit, { keyName: 'Ben (publisher)', target: `release:${result.releaseId}`, requestId: rolled.headers['x-request-id'] })

      t.match((await rollback(publisher, before)).json(), { status: 409, code: 'NOTHING_TO_PUBLISH' }, 'a second identical rollback')
      t.match((await rollback(publisher, 2_147_483_647)).json(), { status: 404, code: 'RELEASE_NOT_FOUND' })
      const preview = await app.services.preview.snapshot()
      // Previews take negative ids, which no release parameter accepts.
      t.match((await rollback(publisher, preview.releaseId)).json(), { status: 400, code: 'VALIDATION_FAILED' }, 'a preview is not a release')
      for (const releaseId of ['0', 'x', '1.0', '2147483648']) {
        t.match((await rollback(publisher, releaseId)).json(), { status: 400, code: 'VALIDATION_FAILED' }, releaseId)
      }
      for (const body of [{}, { note: '' }, { note: 'x', extra: 1 }]) {
        t.match((await rollback(publisher, before, body)).json(), { status: 400, code: 'VALIDATION_FAILED' }, JSON.stringify(body))
      }
      t.equal((await app.inject({ url: '/v1/releases?limit=1', headers: readerKey })).json().data[0].id, result.releaseId, 'no release from refused rollbacks')
      t.equal((await call('DELETE', `/v1/admin/documents/${LAUGH}/draft`, { ...writer, 'if-match': '*' })).statusCode, 200)
    })

    t.test('restoring a version older than a field its type now requires is refused, naming the field', async (t) => {
      // Prompt bodies published before content model v2 have no purpose: publish one such version, as
      // imports of that time did (the publisher stores what it is given), then the current body again.
      const old = (await loadContent()).find((doc) => doc.id === 'prompt:if-we-started-a-club')!
      const { purpose: _purpose, ...withoutPurpose } = old.body as Json
      const legacy = contentDocument(promptType, old.slug, withoutPurpose as never, old.position)
      for (const [doc, note] of [
        [legacy, 'A body without purpose'],
        [old, 'The body with purpose again'],
      ] as const) {
        const published = await app.db.transaction((tx) => publishChanges(tx, { upserts: [doc], removals: [], note, source: 'import' }))
        app.services.releases.adoptCurrent(published!.releaseId)
      }
      const versions = (await history(old.id)).json().data.filter((entry: Json) => entry.entry === 'version')
      const legacyVersion = versions[1].version as number
      const refused = await app.inject({
        method: 'POST',
        url: `/v1/admin/documents/${old.id}/restore`,
        headers: { ...writer, 'if-match': await etagOf(old.id) },
        payload: { version: legacyVersion },
      })
      t.equal(refused.statusCode, 400)
      t.match(refused.json(), {
        code: 'VALIDATION_FAILED',
        detail: new RegExp(`Version ${legacyVersion} .* current declaration`),
        errors: [{ field: 'content.purpose' }],
      })
      t.equal(refused.json().errors.length, 1)
      t.equal((await call('GET', `/v1/admin/documents/${old.id}`, writer)).json().draft, null, 'nothing written')
    })

    t.test('GraphQL gives the same answers and codes', async (t) => {
      const gql = (headers: Record<string, string>, query: string, variables: Json = {}) => graphql(app, query, variables, headers)
      const entries = `nodes { __typename ... on VersionEntry { version createdAt releaseId source author note } ... on RevisionEntry { revision action state kind createdAt author note } } nextAfter`
      const rest = (await history(LAUGH)).json().data
      const nodes: Json[] = []
      let after: string | null = null
      do {
        const page: Json = await gql(editor, `query($after: String) { documentHistory(id: "${LAUGH}", first: 3, after: $after) { ${entries} } }`, { after })
        if (!page.data) throw new Error(JSON.stringify(page.errors))
        nodes.push(...page.data.documentHistory.nodes)
        after = page.data.documentHistory.nextAfter
      } while (after)
      t.same(
        nodes,
        rest.map(({ entry, ...fields }: Json) => ({ __typename: entry === 'version' ? 'VersionEntry' : 'RevisionEntry', ...fields })),
        'the same history, page by page',
      )

      const gqlDiff = await gql(editor, `{ documentDiff(id: "${LAUGH}", from: "1", to: "2") { from to patch changes { field change before after } } }`)
      t.same(gqlDiff.data!.documentDiff, { ...(await diff(LAUGH, '?from=1&to=2')).json(), from: '1', to: '2' })
      const codes = async (headers: Record<string, string>, query: string, variables: Json = {}) =>
        (await gql(headers, query, variables)).errors?.[0]?.extensions.code
      t.equal(await codes(editor, `{ documentDiff(id: "${LAUGH}", from: "x") { from } }`), 'VALIDATION_FAILED')
      t.equal(await codes(editor, `{ documentDiff(id: "${LAUGH}", from: "99") { from } }`), 'DOCUMENT_VERSION_NOT_FOUND')
      t.equal(await codes(editor, `{ documentDiff(id: "${LAUGH}") { from } }`), 'DRAFT_NOT_FOUND')
      t.equal(await codes(editor, '{ documentHistory(id: "prompt:no-such-prompt") { nextAfter } }'), 'DOCUMENT_NOT_FOUND')
      t.equal(await codes(editor, `{ documentHistory(id: "${LAUGH}", after: "bad") { nextAfter } }`), 'INVALID_CURSOR')
      t.equal(await codes(readerKey, `{ documentHistory(id: "${LAUGH}") { nextAfter } }`), 'FORBIDDEN')

      const restore =
        'mutation($ifMatch: String!, $version: Int!) { restoreDocumentVersion(id: "prompt:what-made-you-laugh-today", version: $version, ifMatch: $ifMatch, note: "via GraphQL") { state etag draft { content } } }'
      t.equal(await codes(editor, restore, { ifMatch: '"d1"', version: 2 }), 'PRECONDITION_FAILED')
      t.equal(await codes(editor, restore, { ifMatch: await etagOf(LAUGH), version: 0 }), 'VALIDATION_FAILED')
      t.equal(await codes(gqlPublisher, restore, { ifMatch: await etagOf(LAUGH), version: 2 }), 'FORBIDDEN')
      const restored = await gql(editor, restore, { ifMatch: await etagOf(LAUGH), version: 2 })
      t.match(restored.data!.restoreDocumentVersion, { state: 'draft', draft: { content: { text: NEW_TEXT } } })
      t.match((await history(LAUGH, '?limit=1')).json().data[0], { action: 'restore', note: 'via GraphQL', author: 'Cy (both)' })

      const current = (await app.inject({ url: '/v1/releases?limit=1', headers: readerKey })).json().data[0].id as number
      const rollback = (id: number) => `mutation { rollbackRelease(id: ${id}, note: "GraphQL rollback") { releaseId restoredFrom added changed removed } }`
      t.equal(await codes(editor, rollback(current)), 'NOTHING_TO_PUBLISH')
      t.equal(await codes(editor, rollback(2_147_483_647)), 'RELEASE_NOT_FOUND')
      t.equal(await codes(editor, rollback(-1)), 'VALIDATION_FAILED')
      t.equal(await codes(gqlWriter, rollback(firstEdit)), 'FORBIDDEN')
      const rolled = await gql(editor, rollback(firstEdit))
      t.match(rolled.data!.rollbackRelease, { restoredFrom: firstEdit })
      t.ok(rolled.data!.rollbackRelease.releaseId > current, 'a new release')
      t.equal((await publicPrompt('what-made-you-laugh-today')).json().text, NEW_TEXT, 'the release restored serves its text')
    })

    t.test('a read key reaches none of it', async (t) => {
      for (const [method, url, body] of [
        ['GET', `/v1/admin/documents/${LAUGH}/versions`],
        ['GET', `/v1/admin/documents/${LAUGH}/diff?from=1&to=2`],
        ['POST', `/v1/admin/documents/${LAUGH}/restore`, { version: 1 }],
        ['POST', '/v1/admin/releases/1/restore', { note: 'x' }],
      ] as [string, string, Json?][]) {
        t.match((await call(method, url, readerKey, body)).json(), { status: 403, code: 'FORBIDDEN' }, `${method} ${url}`)
      }
    })

    t.teardown(() => t.comment(`${driver}: ${((Date.now() - started) / 1000).toFixed(1)} s`))
  })
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys)
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.entries(value)
        .sort(([a], [b]) => a.localeCompare(b))
        .map(([key, item]) => [key, sortKeys(item)]),
    )
  }
  return value
}
