import t from 'tap'
import { build, drivers } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

for (const driver of drivers) {
  t.test(`key policy presets on ${driver}`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const admin = bearer(await createKey(app, { name: 'admin', scopes: ['keys:admin'] }))
    const create = (payload: object) => app.inject({ method: 'POST', url: '/v1/admin/keys', headers: admin, payload })

    const made = await create({ name: 'Lincoln Middle School portal', scopes: ['content:read'], preset: 'school-portal' })
    t.equal(made.statusCode, 201)
    t.same(made.json().policy, { maxDepth: 2, excludeSensitive: true, excludeSituational: true }, 'the answer shows the expanded policy')
    const listed = (await app.inject({ url: `/v1/admin/keys/${made.json().id}`, headers: admin })).json()
    t.same(listed.policy, made.json().policy, 'and it is what is stored')

    const portal = bearer(made.json().key)
    const wide = await app.inject({ url: '/v1/prompts?includeSensitive=true&depth=3&limit=100', headers: portal })
    t.same(wide.json().data, [], 'the policy wins over includeSensitive=true')

    for (const [payload, field] of [
      [{ name: 'x', scopes: ['content:read'], preset: 'school-portal', policy: { maxDepth: 3 } }, 'preset'],
      [{ name: 'x', scopes: ['content:read'], preset: 'kindergarten' }, 'preset'],
      [{ name: 'x', scopes: ['content:read'], preset: 7 }, 'preset'],
      [{ name: 'x', scopes: ['content:write'], preset: 'school-portal' }, 'policy'],
    ] as const) {
      const refused = await create(payload)
      t.equal(refused.statusCode, 400, JSON.stringify(payload))
      t.match(refused.json(), { code: 'VALIDATION_FAILED', errors: [{ field: new RegExp(field) }] })
    }
  })
}
