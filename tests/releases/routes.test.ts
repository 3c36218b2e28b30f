import t from 'tap'
import { loadContent } from '../../src/content/load-content.js'
import { build, buildSibling, drivers } from '../helpers/build.js'
import { graphqlData } from '../helpers/graphql.js'

for (const driver of drivers) {
  t.test(`releases on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const docs = await loadContent()
    // Three more releases: drop one FAQ, put it back, drop another.
    await app.services.publishing.importContent(
      docs.filter((doc) => doc.id !== 'faq:role-of-shared-interests'),
      'r2',
    )
    await app.services.publishing.importContent(docs, 'r3')
    await app.services.publishing.importContent(
      docs.filter((doc) => doc.id !== 'topic:legacy'),
      'r4',
    )

    t.test('lists releases newest first, one current, paged by cursor', async (t) => {
      const first = (await app.inject('/v1/releases?limit=3')).json()
      t.same(
        first.data.map((release: { id: number }) => release.id),
        [4, 3, 2],
      )
      t.same(
        first.data.map((release: { current: boolean }) => release.current),
        [true, false, false],
      )
      const second = (await app.inject(`/v1/releases?limit=3&cursor=${first.page.nextCursor}`)).json()
      t.same(
        second.data.map((release: { id: number }) => release.id),
        [1],
      )
      t.equal(second.page.nextCursor, null)
      t.match((await app.inject('/v1/releases?cursor=garbage')).json(), { code: 'INVALID_CURSOR' })
    })

    t.test('GraphQL pages releases with the same cursors as REST', async (t) => {
      const query = 'query($after: String) { releases(first: 3, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }'
      const first = (await graphqlData(app, query)).releases
      t.same(
        first.nodes.map((node: { id: number }) => node.id),
        [4, 3, 2],
      )
      t.equal(first.pageInfo.endCursor, (await app.inject('/v1/releases?limit=3')).json().page.nextCursor)
      const second = (await graphqlData(app, query, { after: first.pageInfo.endCursor })).releases
      t.same(second, { nodes: [{ id: 1 }], pageInfo: { hasNextPage: false, endCursor: second.pageInfo.endCursor } })
      const bad = await app.inject({ method: 'POST', url: '/graphql', payload: { query, variables: { after: 'garbage' } } })
      t.equal(bad.json().errors[0].extensions.code, 'INVALID_CURSOR')
    })

    t.test('a release shows its mapping', async (t) => {
      const detail = (await app.inject('/v1/releases/2')).json()
      t.match(detail, { id: 2, note: 'r2', documentCount: docs.length - 1, current: false, basedOnReleaseId: 1 })
      t.notOk(detail.documents.some((item: { documentId: string }) => item.documentId === 'faq:role-of-shared-interests'))
      t.match(
        detail.documents.find((item: { documentId: string }) => item.documentId === 'topic:boundaries'),
        { type: 'topic', slug: 'boundaries', version: 1 },
      )
    })

    t.test('unknown and malformed release ids', async (t) => {
      t.match((await app.inject('/v1/releases/99')).json(), { status: 404, code: 'RELEASE_NOT_FOUND' })
      t.equal((await app.inject('/v1/releases/zero')).statusCode, 400)
      t.equal((await app.inject('/v1/releases/0')).statusCode, 400)
    })

    t.test('reads follow the current pointer; pins keep their release', async (t) => {
      t.equal((await app.inject('/v1/topics/legacy')).statusCode, 404)
      t.equal((await app.inject('/v1/topics/legacy?release=3')).statusCode, 200)
      t.equal((await app.inject('/v1/guide')).json().topics.length, 8)
      t.equal((await app.inject('/v1/guide?release=1')).json().topics.length, 9)
    })

    t.test('document versions: only published ones, with the id format checked', async (t) => {
      t.equal((await app.inject('/v1/documents/topic:legacy/versions/1')).statusCode, 200)
      t.match((await app.inject('/v1/documents/topic:nope/versions/1')).json(), { code: 'DOCUMENT_VERSION_NOT_FOUND' })
      t.equal((await app.inject('/v1/documents/DROP%20TABLE/versions/1')).statusCode, 400)
      t.equal((await app.inject('/v1/documents/topic:legacy/versions/0')).statusCode, 400)
    })
  })
}

if (drivers.includes('postgres')) {
  t.test('a release published by one instance is served by the others', async (t) => {
    const first = await build(t, 'postgres')
    const second = await buildSibling(t, first)
    t.equal((await second.inject('/v1/guide')).headers['content-release'], '1')
    const docs = (await loadContent()).filter((doc) => doc.id !== 'topic:legacy')
    const { releaseId } = await first.services.publishing.importContent(docs, 'from the first instance')
    t.equal(releaseId, 2)
    t.equal((await first.inject('/v1/guide')).headers['content-release'], '2', 'the publisher serves it at once')
    let served: string | undefined
    for (let attempt = 0; attempt < 100 && served !== '2'; attempt++) {
      served = (await second.inject('/v1/guide')).headers['content-release'] as string
      if (served !== '2') await new Promise((resolve) => setTimeout(resolve, 20))
    }
    t.equal(served, '2', 'the other instance follows the notification')
    t.equal((await second.inject('/v1/guide')).json().topics.length, 8)
  })
}
