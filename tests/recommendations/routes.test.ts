import t from 'tap'
import { build, drivers } from '../helpers/build.js'

for (const driver of drivers) {
  t.test(`recommendations on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const recommend = (payload: object, url = '/v1/recommendations') => app.inject({ method: 'POST', url, payload })

    t.test('a typical profile gets ranked, explained activities with prompts to use', async (t) => {
      const response = await recommend({
        age: 11,
        interests: ['cooking', 'nature'],
        minutes: 90,
        budget: 'low',
        weather: 'clear',
        energy: 'moderate',
        topics: ['communication'],
        limit: 5,
      })
      t.equal(response.statusCode, 200)
      t.equal(response.headers['content-release'], '1')
      t.equal(response.headers['cache-control'], 'no-store')
      const body = response.json()
      t.equal(body.data.length, 5)
      t.equal(body.reason, null)
      t.same(
        body.data.map((item: { rank: number }) => item.rank),
        [1, 2, 3, 4, 5],
      )
      for (const item of body.data) {
        t.ok(item.activity.ageMin <= 11 && item.activity.ageMax >= 11)
        t.ok(item.prompts.length >= 1 && item.prompts.length <= 3, `${item.activity.slug} has prompts`)
        t.ok(item.prompts.every((prompt: { ageMin: number; ageMax: number }) => prompt.ageMin <= 11 && prompt.ageMax >= 11))
        const sum = item.why.reduce((total: number, factor: { weight: number }) => total + factor.weight, 0)
        t.equal(sum, item.score)
      }
      t.equal(
        (
          await recommend({
            age: 11,
            interests: ['cooking', 'nature'],
            minutes: 90,
            budget: 'low',
            weather: 'clear',
            energy: 'moderate',
            topics: ['communication'],
            limit: 5,
          })
        ).payload,
        response.payload,
      )
    })

    t.test('nothing fits: 200 with the reason', async (t) => {
      const body = (await recommend({ age: 4, minutes: 5, budget: 'free', setting: 'outdoor' })).json()
      t.same(body.data, [])
      t.match(body.reason, /No activity fits/)
    })

    t.test('bad profiles get a 400 naming each field', async (t) => {
      const response = await recommend({ age: 2, interests: ['knitting', 'knitting'], budget: 'cheap', limit: 0, colour: 'red' })
      t.equal(response.statusCode, 400)
      const fields = response.json().errors.map((error: { field: string }) => error.field)
      for (const field of ['age', 'interests.0', 'budget', 'limit', 'colour']) t.ok(fields.includes(field), field)
      t.equal((await recommend({ age: 11 }, '/v1/recommendations?release=99')).statusCode, 404)
      t.equal((await recommend([1, 2, 3] as unknown as object)).statusCode, 400)
    })
  })
}
