import t from 'tap'
import { build, drivers } from '../helpers/build.js'
import { publishSecondRelease } from '../helpers/content.js'
import { bearer, createKey } from '../helpers/keys.js'

/** The value of one sample, by metric name and labels as written in the exposition. */
function sample(text: string, series: string): number | undefined {
  const line = text.split('\n').find((item) => item.startsWith(`${series} `))
  return line === undefined ? undefined : Number(line.slice(series.length + 1))
}

for (const driver of drivers) {
  t.test(`/metrics on ${driver}`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const reader = bearer(await createKey(app, { scopes: ['content:read'] }))
    const scrape = async () => {
      const response = await app.inject({ url: '/metrics' })
      t.equal(response.statusCode, 200)
      t.match(response.headers['content-type'], /^text\/plain; version=0\.0\.4/)
      return response.payload
    }

    t.test('request durations by route template and status, and the response cache', async (t) => {
      for (const slug of ['boundaries', 'legacy', 'boundaries']) t.equal((await app.inject({ url: `/v1/topics/${slug}`, headers: reader })).statusCode, 200)
      t.equal((await app.inject({ url: '/v1/topics/astrology', headers: reader })).statusCode, 404)
      const text = await scrape()
      t.equal(
        sample(text, 'http_request_duration_seconds_count{method="GET",route="/v1/topics/:slug",status_code="200"}'),
        3,
        'one series per route, not per URL',
      )
      t.equal(sample(text, 'http_request_duration_seconds_count{method="GET",route="/v1/topics/:slug",status_code="404"}'), 1)
      t.notMatch(text, /boundaries|astrology/, 'no slug in a label')
      t.ok((sample(text, 'bonds_response_cache_hits_total') ?? 0) >= 1, 'the repeated read was a hit')
      t.ok((sample(text, 'bonds_response_cache_misses_total') ?? 0) >= 2)
      t.ok(sample(text, 'process_resident_memory_bytes'), 'the process metrics')
    })

    t.test('the current release, the database pool and the webhook queue', async (t) => {
      t.equal(sample(await scrape(), 'bonds_current_release'), 1)
      await publishSecondRelease(app)
      const text = await scrape()
      t.equal(sample(text, 'bonds_current_release'), 2, 'follows a publish')
      if (driver === 'postgres') t.equal(sample(text, 'bonds_db_pool_connections{state="max"}'), 10)
      else t.equal(sample(text, 'bonds_db_pool_connections{state="max"}'), undefined, 'the embedded database has no pool')
      t.equal(sample(text, 'bonds_webhook_deliveries{state="pending"}'), 0)
      t.equal(sample(text, 'bonds_webhook_attempts_total{outcome="failed"}'), 0)
    })

    t.test('open to the configured networks only, or to a metrics:read key', async (t) => {
      const outside = { remoteAddress: '203.0.113.7' }
      const refused = await app.inject({ url: '/metrics', ...outside })
      t.equal(refused.statusCode, 401)
      t.equal(refused.json().code, 'UNAUTHORIZED')
      t.equal((await app.inject({ url: '/metrics', headers: reader, ...outside })).json().code, 'FORBIDDEN')
      const scraper = bearer(await createKey(app, { name: 'prometheus', scopes: ['metrics:read'] }))
      t.equal((await app.inject({ url: '/metrics', headers: scraper, ...outside })).statusCode, 200)
      t.equal((await app.inject({ url: '/metrics', headers: bearer('msb_AAAAAAAAAAAA_' + 'A'.repeat(43)), ...outside })).statusCode, 401)
    })
  })
}
