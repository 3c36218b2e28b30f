import t from 'tap'
import { build, drivers } from '../helpers/build.js'

// Each edit-then-preview round builds a new preview release; what was read from the previous one is
// never read again and must not stay in memory (it held ~1.3-1.6 MB of heap per round).
for (const driver of drivers) {
  t.test(`preview rounds do not pile up in the release cache on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const slug = (await app.inject('/v1/prompts?limit=1')).json().data[0].slug as string
    const entriesAfter: number[] = []
    for (let round = 1; round <= 4; round++) {
      const document = await app.inject(`/v1/admin/documents/prompt:${slug}`)
      const edited = await app.inject({
        method: 'PATCH',
        url: `/v1/admin/documents/prompt:${slug}/draft`,
        headers: { 'content-type': 'application/merge-patch+json', 'if-match': document.headers.etag as string },
        payload: JSON.stringify({ text: `What is one thing you learned today? (${round})` }),
      })
      t.equal(edited.statusCode, 200)
      for (const url of [`/v1/prompts/${slug}?release=draft`, '/v1/prompts?limit=100&release=draft', '/v1/guide?release=draft']) {
        t.equal((await app.inject(url)).statusCode, 200, url)
      }
      t.equal(
        (await app.inject(`/v1/prompts/${slug}?release=draft`)).json().text,
        `What is one thing you learned today? (${round})`,
        'the preview shows the latest edit',
      )
      entriesAfter.push(app.services.releaseCache.stats().entries)
    }
    t.same(
      entriesAfter.slice(1),
      [entriesAfter[0], entriesAfter[0], entriesAfter[0]],
      `the release cache holds the same entries after each round: ${entriesAfter.join(', ')}`,
    )
  })
}
