import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { asc, eq, sql } from 'drizzle-orm'
import t from 'tap'
import type { App } from '../../src/app.js'
import { loadContent } from '../../src/content/load-content.js'
import { draftRevisions } from '../../src/db/schema.js'
import { build, copyContent, drivers } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

/** A document's draft history, oldest first: what an editor's tools would show. */
async function revisionsOf(app: App, documentId: string) {
  return app.db
    .select({ revision: draftRevisions.revision, action: draftRevisions.action, state: draftRevisions.state, kind: draftRevisions.kind, author: draftRevisions.authorName, note: draftRevisions.note, body: draftRevisions.body })
    .from(draftRevisions)
    .where(eq(draftRevisions.documentId, documentId))
    .orderBy(asc(draftRevisions.id))
}

async function editFile(folder: string, file: string, edit: (content: Record<string, any>) => void) {
  const path = join(folder, file)
  const content = JSON.parse(await readFile(path, 'utf8'))
  edit(content)
  await writeFile(path, JSON.stringify(content, null, 2))
}

for (const driver of drivers) {
  t.test(`publishing content on ${driver}`, async (t) => {
    const folder = await copyContent(t)
    const app = await build(t, driver, { contentFolder: folder })
    const documentCount = (await loadContent(folder)).length
    const admin = bearer(await createKey(app, { name: 'Audit reader', scopes: ['keys:admin', 'content:publish'] }))
    const audit = async (query: string) => (await app.inject({ url: `/v1/admin/audit?${query}`, headers: admin })).json().data

    t.test('the first start publishes the bundled content as release 1', async (t) => {
      const releases = (await app.inject('/v1/releases')).json()
      t.equal(releases.data.length, 1)
      t.match(releases.data[0], { id: 1, current: true, source: 'import', documentCount })
    })

    t.test('importing the same files again writes no version and no release', async (t) => {
      const result = await app.services.publishing.importContent(await loadContent(folder))
      t.match(result, { releaseId: 1, releaseCreated: false, newVersions: [] })
      t.equal((await app.inject('/v1/releases')).json().data.length, 1)
    })

    const before = await app.inject('/v1/topics/boundaries?release=1')
    const guideBefore = await app.inject('/v1/guide?release=1')

    t.test('an edited file becomes a new version in release 2; release 1 keeps the old text byte for byte', async (t) => {
      const file = join(folder, 'topics/04-boundaries.json')
      const topic = JSON.parse(await readFile(file, 'utf8'))
      topic.paragraphs[1] = `${topic.paragraphs[1]} Edited for the test.`
      await writeFile(file, JSON.stringify(topic, null, 2))

      const result = await app.services.publishing.importContent(await loadContent(folder), 'Edit boundaries')
      t.match(result, { releaseId: 2, releaseCreated: true, newVersions: [{ documentId: 'topic:boundaries', version: 2 }], unchanged: documentCount - 1 })

      const current = await app.inject('/v1/topics/boundaries')
      t.equal(current.headers['content-release'], '2')
      t.match(current.json(), { version: 2, paragraphs: [String, /Edited for the test\.$/] })

      const pinned = await app.inject('/v1/topics/boundaries?release=1')
      t.equal(pinned.headers['content-release'], '1')
      t.equal(pinned.payload, before.payload, 'topic, byte for byte')
      t.equal((await app.inject('/v1/guide?release=1')).payload, guideBefore.payload, 'whole guide, byte for byte')

      const old = await app.inject('/v1/documents/topic:boundaries/versions/1')
      t.equal(old.statusCode, 200)
      t.same(old.json().content.paragraphs, before.json().paragraphs)
      t.equal(old.json().firstReleaseId, 1)
      const fresh = await app.inject('/v1/documents/topic:boundaries/versions/2')
      t.match(fresh.json(), { version: 2, firstReleaseId: 2 })
      t.equal((await app.inject('/v1/documents/topic:boundaries/versions/3')).statusCode, 404)
    })

    t.test('the import went through drafts: its revisions say import, and one audit row names the release', async (t) => {
      t.match(await revisionsOf(app, 'topic:boundaries'), [
        { revision: 1, action: 'import', state: 'approved', kind: 'edit', author: 'content import', note: 'Bundled content, imported on first start', body: null },
        { revision: 2, action: 'publish', state: null, kind: 'edit', author: 'content import' },
        { revision: 3, action: 'import', state: 'approved', kind: 'edit', author: 'content import', note: 'Edit boundaries' },
        { revision: 4, action: 'publish', author: 'content import', note: 'Edit boundaries' },
      ])
      t.equal((await revisionsOf(app, 'topic:legacy')).length, 2, 'an unchanged file gets no new revision')
      t.match((await app.inject('/v1/releases/2')).json(), { source: 'import' })
      const rows = await audit('target=release:2')
      t.match(rows, [{ action: 'release.import', keyId: null, keyName: 'content import', detail: { note: 'Edit boundaries', documents: ['topic:boundaries'] } }])
      t.same(await audit('action=draft.'), [], 'no audit row per document')
      t.equal((await audit('limit=100')).filter((row: { action: string }) => row.action === 'release.import').length, 2, 'one row per import')
    })

    t.test('release 2 maps unchanged documents to their old versions', async (t) => {
      const detail = (await app.inject('/v1/releases/2')).json()
      t.match(detail, { id: 2, current: true, basedOnReleaseId: 1, documentCount, note: 'Edit boundaries' })
      const versions = Object.fromEntries(detail.documents.map((item: { documentId: string; version: number }) => [item.documentId, item.version]))
      t.equal(versions['topic:boundaries'], 2)
      t.equal(versions['topic:legacy'], 1)
      t.equal((await app.inject('/v1/releases/1')).json().current, false)
    })

    t.test('history is immutable in the database itself', async (t) => {
      await t.rejects(app.db.execute(sql`update document_versions set title = 'x'`))
      await t.rejects(app.db.execute(sql`delete from release_items`))
      await t.rejects(app.db.execute(sql`delete from releases where id = 1`))
      t.equal((await app.inject('/v1/topics/legacy?release=1')).statusCode, 200)
    })

    t.test('a failed import leaves no partial write', async (t) => {
      const docs = await loadContent(folder)
      const broken = docs.map((doc) => (doc.id === 'topic:legacy' ? { ...doc, contentHash: 'changed', title: null as unknown as string } : doc))
      await t.rejects(app.services.publishing.importContent(broken))
      t.equal((await app.inject('/v1/releases')).json().data.length, 2)
      t.equal((await app.inject('/v1/documents/topic:legacy/versions/2')).statusCode, 404)
    })

    t.test('a removed file drops the document from the next release but keeps its history', async (t) => {
      const docs = (await loadContent(folder)).filter((doc) => doc.id !== 'faq:role-of-shared-interests')
      const result = await app.services.publishing.importContent(docs)
      t.match(result, { releaseId: 3, removed: ['faq:role-of-shared-interests'] })
      t.equal((await app.inject('/v1/faqs/role-of-shared-interests')).statusCode, 404)
      t.equal((await app.inject('/v1/faqs/role-of-shared-interests?release=2')).statusCode, 200)
      t.equal((await app.inject('/v1/documents/faq:role-of-shared-interests/versions/1')).statusCode, 200)
    })

    t.test('two imports racing publish once', async (t) => {
      const docs = await loadContent(folder)
      const results = await Promise.all([app.services.publishing.importContent(docs), app.services.publishing.importContent(docs)])
      t.equal(results.filter((result) => result.releaseCreated).length, 1)
      t.equal(results[0]?.releaseId, results[1]?.releaseId)
    })

    t.test('an editor\'s pending draft on a document the import changes is replaced, and stays in the history', async (t) => {
      const writer = bearer(await createKey(app, { name: 'Ana (editor)', scopes: ['content:write'] }))
      const patch = (id: string, ifMatch: string, body: object) =>
        app.inject({ method: 'PATCH', url: `/v1/admin/documents/${id}/draft`, headers: { ...writer, 'if-match': ifMatch, 'content-type': 'application/merge-patch+json' }, payload: JSON.stringify(body) })
      const current = (id: string) => app.inject({ url: `/v1/admin/documents/${id}`, headers: writer })
      const boundaries = await patch('topic:boundaries', (await current('topic:boundaries')).json().etag, { summary: 'The editor\'s summary.' })
      t.equal(boundaries.statusCode, 200, boundaries.payload)
      const legacy = await patch('topic:legacy', (await current('topic:legacy')).json().etag, { summary: 'A pending edit the import leaves alone.' })
      t.equal(legacy.statusCode, 200, legacy.payload)

      await editFile(folder, 'topics/04-boundaries.json', (topic) => {
        topic.paragraphs[0] = `${topic.paragraphs[0]} Edited again.`
      })
      const result = await app.services.publishing.importContent(await loadContent(folder), 'Second edit')
      t.match(result, { releaseCreated: true, newVersions: [{ documentId: 'topic:boundaries', version: 3 }], unchanged: documentCount - 1, removed: [] })

      const after = (await current('topic:boundaries')).json()
      t.match(after, { state: 'published', draft: null, published: { version: 3, content: { paragraphs: [/Edited again\.$/] } } })
      t.not(after.published.content.summary, 'The editor\'s summary.', 'the files win')
      t.equal((await patch('topic:boundaries', boundaries.json().etag, { summary: 'Late' })).statusCode, 412, 'the editor\'s ETag is stale')
      const history = await revisionsOf(app, 'topic:boundaries')
      const edit = history.find((revision) => revision.action === 'edit')
      t.match(edit, { author: 'Ana (editor)', state: 'draft', body: { summary: 'The editor\'s summary.' } }, 'the replaced draft is still readable')
      t.match(history.slice(-3), [
        { action: 'edit', author: 'Ana (editor)' },
        { action: 'import', author: 'content import', state: 'approved', note: 'Second edit', revision: edit!.revision + 1 },
        { action: 'publish', author: 'content import', revision: edit!.revision + 2 },
      ])
      t.match((await current('topic:legacy')).json(), { state: 'draft', draft: { content: { summary: 'A pending edit the import leaves alone.' }, updatedBy: 'Ana (editor)' } })
      t.match((await app.inject(`/v1/releases/${result.releaseId}`)).json(), { source: 'import', note: 'Second edit' })
      t.match(await audit(`target=release:${result.releaseId}`), [{ action: 'release.import', keyName: 'content import' }])
    })

    t.test('a file removed and brought back is published again at the version it matches', async (t) => {
      const docs = await loadContent(folder)
      const without = await app.services.publishing.importContent(docs.filter((doc) => doc.id !== 'topic:legacy'), 'drop legacy')
      t.match(without, { releaseCreated: true, newVersions: [], removed: ['topic:legacy'] })
      const history = (await revisionsOf(app, 'topic:legacy')).map((revision) => `${revision.action} ${revision.kind}`)
      t.same(history, ['import edit', 'publish edit', 'edit edit', 'import archive', 'publish archive'], 'the pending edit was replaced by the archive')
      const back = await app.services.publishing.importContent(docs, 'legacy is back')
      t.match(back, { releaseCreated: true, newVersions: [], unchanged: documentCount, removed: [] })
      const version = (await app.inject('/v1/topics/legacy')).json().version
      t.equal(version, 1, 'published again at its old version')
    })
  })
}
