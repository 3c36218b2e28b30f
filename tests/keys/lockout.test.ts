import { randomBytes } from 'node:crypto'
import { eq, sql } from 'drizzle-orm'
import fc from 'fast-check'
import t from 'tap'
import { apiKeys } from '../../src/db/schema.js'
import { build, buildSibling, drivers } from '../helpers/build.js'
import { bearer, createKey } from '../helpers/keys.js'

const ALPHANUMERIC = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789'
const randomId = () => Array.from(randomBytes(12), (byte) => ALPHANUMERIC[byte % 62]).join('')
const junkKey = () => `msb_${randomId()}_${randomBytes(32).toString('base64url')}`
const idOf = (key: string) => key.split('_')[1] as string
const lookups = (queries: string[]) => queries.filter((statement) => /from "api_keys"/.test(statement)).length

/** Sends requests in rounds of `width` at once: a flood, yet bounded for a 2-core machine. */
async function inRounds<T>(items: T[], width: number, send: (item: T) => Promise<number>): Promise<number[]> {
  const statuses: number[] = []
  for (let start = 0; start < items.length; start += width) statuses.push(...(await Promise.all(items.slice(start, start + width).map(send))))
  return statuses
}

for (const driver of drivers) {
  // One app for every rule (each subtest uses addresses of its own): starting one costs seconds here.
  const queries: string[] = []
  const env = { NODE_ENV: 'production', AUTH_FAILURES_PER_MINUTE: '30', KEY_LOOKUPS_PER_SECOND: '10', KEY_CACHE_TTL_MS: '3600000' }
  t.test(`the failed-authentication defence on ${driver}`, async (t) => {
    const app = await build(t, driver, { env, onQuery: (statement) => queries.push(statement) })

    t.test('after 1,000 junk keys from one address, valid keys from it still get 200', async (t) => {
      const attacker = { remoteAddress: '203.0.113.7' }
      const known = await createKey(app)
      t.equal((await app.inject({ url: '/v1/topics', headers: bearer(known), ...attacker })).statusCode, 200, 'a key the instance knows')

      // Made-up ids, and made-up secrets for a real id: what a guesser controls.
      const junk = Array.from({ length: 1_000 }, (_, index) => (index % 4 === 0 ? `msb_${idOf(known)}_${randomBytes(32).toString('base64url')}` : junkKey()))
      const before = lookups(queries)
      const statuses = await inRounds(junk, 50, async (key) => (await app.inject({ url: '/v1/topics', headers: bearer(key), ...attacker })).statusCode)
      t.same([...new Set(statuses)].sort(), [401, 429], 'refused: 401, then 429 past the budget')
      t.ok(statuses.filter((status) => status === 401).length <= 60, 'the address and the key id have a budget of 30 failures each')
      const statements = lookups(queries) - before
      t.ok(statements <= 60, `${statements} lookup statements for 750 unknown ids`)

      const fresh = await createKey(app, { name: 'made after the flood' })
      t.equal((await app.inject({ url: '/v1/topics', headers: bearer(known), ...attacker })).statusCode, 200, 'the known key still passes')
      t.equal((await app.inject({ url: '/v1/topics', headers: bearer(fresh), ...attacker })).statusCode, 200, 'a key this instance never saw passes too')
      const wrongSecret = await app.inject({ url: '/v1/topics', headers: bearer(`msb_${idOf(known)}_${'w'.repeat(43)}`), remoteAddress: '198.51.100.9' })
      t.equal(wrongSecret.statusCode, 429, 'a wrong secret for the guessed id is refused from any address')
      t.ok(Number(wrongSecret.headers['retry-after']) > 0)
      t.equal(
        (await app.inject({ url: '/v1/topics', headers: bearer(junkKey()), remoteAddress: '198.51.100.9' })).statusCode,
        401,
        'another address keeps its own budget',
      )
    })

    t.test('a guessed key id: its wrong secrets get 429, its right one passes from anywhere', async (t) => {
      const key = await createKey(app)
      const statuses = []
      for (let index = 0; index < 35; index++) {
        const guess = `msb_${idOf(key)}_${randomBytes(32).toString('base64url')}`
        statuses.push((await app.inject({ url: '/v1/topics', headers: bearer(guess), remoteAddress: `192.0.2.${index + 1}` })).statusCode)
      }
      t.same(statuses, [...Array(30).fill(401), ...Array(5).fill(429)], '35 addresses, one budget of 30 for the id')
      t.equal((await app.inject({ url: '/v1/topics', headers: bearer(key), remoteAddress: '192.0.2.1' })).statusCode, 200, 'from a guessing address')
      t.equal((await app.inject({ url: '/v1/topics', headers: bearer(key), remoteAddress: '192.0.2.200' })).statusCode, 200, 'from another')
    })

    t.test('a flood of unknown ids from many addresses is a bounded number of lookup statements', async (t) => {
      const ids = Array.from({ length: 400 }, () => junkKey())
      const valid = await createKey(app)
      const before = lookups(queries)
      const statuses = await Promise.all(
        [...ids, valid].map(
          async (key, index) => (await app.inject({ url: '/v1/topics', headers: bearer(key), remoteAddress: `10.1.${index >> 8}.${index & 255}` })).statusCode,
        ),
      )
      t.same([...new Set(statuses.slice(0, -1))], [401], '400 unknown ids refused')
      t.equal(statuses.at(-1), 200, 'a valid key in the flood, never seen before, gets 200')
      const statements = lookups(queries) - before
      t.ok(statements <= 6, `${statements} statements for 401 ids (batches of up to 100)`)
      const again = lookups(queries)
      await Promise.all(ids.slice(0, 100).map((key) => app.inject({ url: '/v1/topics', headers: bearer(key), remoteAddress: '10.9.9.9' })))
      t.equal(lookups(queries) - again, 0, 'ids known not to exist cost no statement')
    })

    t.test('whatever junk an address sends, valid keys from it get 200 and nothing gets a 5xx', async (t) => {
      const known = await createKey(app)
      await app.inject({ url: '/v1/topics', headers: bearer(known) })
      const junk = fc.oneof(
        fc.constant(null),
        fc.string({ maxLength: 80 }).map((text) => `Bearer ${text}`),
        fc.stringMatching(/^[A-Za-z0-9]{12}$/).map((id) => `Bearer msb_${id}_${'s'.repeat(43)}`),
        fc.stringMatching(/^[A-Za-z0-9_-]{43}$/).map((secret) => `Bearer msb_${idOf(known)}_${secret}`),
        fc.nat({ max: 77 }).map((position) => `Bearer ${known.slice(0, position)}${known[position] === 'A' ? 'B' : 'A'}${known.slice(position + 1)}`),
      )
      const addresses = fc.constantFrom('203.0.113.101', '203.0.113.102', '2001:db8::1')
      await fc.assert(
        fc.asyncProperty(fc.array(fc.tuple(junk, addresses), { minLength: 1, maxLength: 25 }), async (attempts) => {
          for (const [authorization, remoteAddress] of attempts) {
            const response = await app.inject({ url: '/v1/topics', headers: authorization === null ? {} : { authorization }, remoteAddress })
            if (response.statusCode !== 401 && response.statusCode !== 429) throw new Error(`${response.statusCode} for junk`)
          }
          const fresh = await createKey(app)
          for (const [, remoteAddress] of attempts.slice(0, 3)) {
            for (const key of [known, fresh]) {
              const response = await app.inject({ url: '/v1/topics', headers: bearer(key), remoteAddress })
              if (response.statusCode !== 200) throw new Error(`a valid key got ${response.statusCode} from ${remoteAddress}`)
            }
          }
        }),
        { numRuns: 15 },
      )
      t.pass('valid keys passed after every sequence')
    })

    t.test('revocation: at once while the event bus listens, within 5 s of the last read while it does not', async (t) => {
      const keys = app.services.keys
      const t0 = Date.now()
      const viaRoute = await createKey(app)
      const admin = await createKey(app, { scopes: ['keys:admin'] })
      t.equal((await app.inject({ url: '/v1/topics', headers: bearer(viaRoute) })).statusCode, 200)
      t.equal((await app.inject({ method: 'DELETE', url: `/v1/admin/keys/${idOf(viaRoute)}`, headers: bearer(admin) })).statusCode, 200)
      t.equal((await app.inject({ url: '/v1/topics', headers: bearer(viaRoute) })).statusCode, 401, 'revoked at once, whatever KEY_CACHE_TTL_MS says')

      // A revocation whose notice this instance never hears: the row changes under it, no event is sent.
      const revokeSilently = (key: string) =>
        app.db
          .update(apiKeys)
          .set({ revokedAt: sql`now()` })
          .where(eq(apiKeys.id, idOf(key)))
      const listened = await createKey(app)
      t.ok(await keys.authenticate(listened, new Date(t0)))
      await revokeSilently(listened)
      t.ok(
        await keys.authenticate(listened, new Date(t0 + 50 * 60_000)),
        'while the bus listens, a cached key is trusted for KEY_CACHE_TTL_MS (the bus would have said)',
      )

      const unheard = await createKey(app)
      t.ok(await keys.authenticate(unheard, new Date(t0)))
      keys.listenerStatus(false)
      t.teardown(() => keys.listenerStatus(true))
      t.notOk(await keys.authenticate(listened, new Date(t0 + 50 * 60_000)), 'the bus stops listening: keys read more than 5 s ago are looked up again')
      await revokeSilently(unheard)
      t.ok(await keys.authenticate(unheard, new Date(t0 + 4_900)), 'a key read 4.9 s ago is still trusted')
      t.notOk(await keys.authenticate(unheard, new Date(t0 + 5_000)), 'at 5 s it is looked up again, and refused')

      const reconnected = await createKey(app)
      t.ok(await keys.authenticate(reconnected, new Date(t0)))
      await revokeSilently(reconnected)
      keys.listenerStatus(true, t0 + 1_000)
      t.notOk(await keys.authenticate(reconnected, new Date(t0 + 6_000)), 'read before the bus listened again: not trusted past 5 s')
    })
  })
}

if (drivers.includes('postgres')) {
  t.test('a revocation missed while the event bus reconnects stops the key within 5 s of its last read', async (t) => {
    const first = await build(t, 'postgres', { env: { NODE_ENV: 'production' } })
    const second = await buildSibling(t, first, { NODE_ENV: 'production' })
    const key = await createKey(first)
    const read = Date.now()
    t.equal((await second.inject({ url: '/v1/topics', headers: bearer(key) })).statusCode, 200, 'read by the second instance')
    // Cut every LISTEN connection of this database (both instances'), then revoke before they reconnect (1 s).
    const database = (await first.db.execute(sql`select current_database() as name`)) as unknown as { rows: { name: string }[] }
    const name = database.rows[0]?.name
    await first.db.execute(sql`select pg_terminate_backend(pid) from pg_stat_activity where datname = ${name} and query ilike 'listen%'`)
    await new Promise((resolve) => setTimeout(resolve, 100))
    await first.services.keys.revoke(idOf(key))
    t.equal((await first.inject({ url: '/v1/topics', headers: bearer(key) })).statusCode, 401, 'the instance that revoked it refuses it at once')
    let status = 200
    while (status === 200 && Date.now() - read < 10_000) {
      status = (await second.inject({ url: '/v1/topics', headers: bearer(key) })).statusCode
      if (status === 200) await new Promise((resolve) => setTimeout(resolve, 100))
    }
    const after = Date.now() - read
    t.equal(status, 401, `the second instance refuses it ${after} ms after it read it`)
    // 5 s, plus the time a request takes on a loaded machine: not KEY_CACHE_TTL_MS (5 minutes).
    t.ok(after < 7_500, 'within the 5-second bound')
  })
}
