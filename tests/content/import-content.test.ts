import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { sql } from 'drizzle-orm'
import t from 'tap'
import { loadContent } from '../../src/content/load-content.js'
import { build, copyContent, drivers } from '../helpers/build.js'

for (const driver of drivers) {
  t.test(`publishing content on ${driver}`, async (t) => {
    const folder = await copyContent(t)
    const app = await build(t, driver, { contentFolder: folder })
    const documentCount = (await loadContent(folder)).length

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
  })
}
