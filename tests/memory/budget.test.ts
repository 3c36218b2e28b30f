import { spawn } from 'node:child_process'
import fc from 'fast-check'
import t from 'tap'
import { ConfigError, loadConfig } from '../../src/config.js'
import { heapLimitProblem, memoryBudget, MIN_HEAP_MB } from '../../src/memory/budget.js'
import { projectRoot } from '../../src/paths.js'
import { build, drivers } from '../helpers/build.js'

const MiB = 1024 * 1024
const postgres = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/bonds' }

t.test("one setting, split into parts that keep today's figures by default", async (t) => {
  t.match(memoryBudget(loadConfig({})), { totalMb: 384, heapMb: 192, responseCacheMb: 64, databaseMb: 128 }, 'embedded: 128 MB more for PGlite')
  t.match(memoryBudget(loadConfig(postgres)), { totalMb: 256, heapMb: 192, responseCacheMb: 64, databaseMb: 0 }, 'PostgreSQL')
  t.match(memoryBudget(loadConfig({ ...postgres, MEMORY_BUDGET_MB: '512' })), { heapMb: 384, responseCacheMb: 128 })
  t.match(
    memoryBudget(loadConfig({ ...postgres, MEMORY_BUDGET_MB: '512', RESPONSE_CACHE_MB: '32' })),
    { heapMb: 480, responseCacheMb: 32 },
    'RESPONSE_CACHE_MB overrides its share',
  )
})

t.test('a budget whose parts do not fit is a configuration error naming the setting', async (t) => {
  t.throws(
    () => loadConfig({ MEMORY_BUDGET_MB: '256', RESPONSE_CACHE_MB: '64' }),
    new ConfigError(
      'Invalid configuration:\n  MEMORY_BUDGET_MB: 256 MB leaves 64 MB of heap after 64 MB of responses (RESPONSE_CACHE_MB) and 128 MB for the embedded database; the heap needs at least 144 MB. Raise MEMORY_BUDGET_MB to at least 336 or lower RESPONSE_CACHE_MB.',
    ),
  )
  t.throws(() => loadConfig({ ...postgres, RESPONSE_CACHE_MB: '200' }), ConfigError, 'RESPONSE_CACHE_MB over the default budget')
  t.throws(() => loadConfig({ MEMORY_BUDGET_MB: 'lots' }), ConfigError)
})

t.test('every accepted budget keeps its caches within the heap part, below the headroom', async () => {
  fc.assert(
    fc.property(fc.integer({ min: 64, max: 65_536 }), fc.option(fc.integer({ min: 1, max: 4096 })), fc.boolean(), (total, responses, embedded) => {
      const env = { MEMORY_BUDGET_MB: String(total), ...(responses === null ? {} : { RESPONSE_CACHE_MB: String(responses) }), ...(embedded ? {} : postgres) }
      let config
      try {
        config = loadConfig(env)
      } catch (error) {
        if (!(error instanceof ConfigError)) throw error
        return
      }
      const budget = memoryBudget(config)
      if (budget.heapMb + budget.responseCacheMb + budget.databaseMb !== budget.totalMb) throw new Error('the parts do not add up')
      if (budget.heapMb < MIN_HEAP_MB) throw new Error('a heap below the minimum was accepted')
      if (budget.releaseCacheBytes + budget.keyCacheBytes > (budget.heapMb - budget.headroomMb) * MiB) throw new Error('the caches reach into the headroom')
      if (budget.releaseCacheBytes <= 0 || budget.keyCacheBytes <= 0) throw new Error('a cache without room')
    }),
  )
})

t.test('a heap limit that disagrees with the heap part is refused with the flag to use', async (t) => {
  const budget = memoryBudget(loadConfig({}))
  t.equal(heapLimitProblem(budget, 240 * MiB), null, '--max-old-space-size=192 (V8 adds 48 MB of young generation)')
  t.match(heapLimitProblem(budget, 4144 * MiB), /4144 MB, larger than the 192 MB heap part of MEMORY_BUDGET_MB=384.*node --max-old-space-size=192/)
  t.match(heapLimitProblem(budget, 112 * MiB), /112 MB, smaller than the 192 MB heap part.*node --max-old-space-size=192/)
})

t.test('the server refuses to start with a --max-old-space-size its budget does not give', async (t) => {
  const child = spawn(process.execPath, ['--max-old-space-size=1024', '--import', 'tsx', 'src/server.ts'], {
    cwd: projectRoot,
    env: { ...process.env, ...postgres, MEMORY_BUDGET_MB: '', RESPONSE_CACHE_MB: '', PORT: '0' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let stderr = ''
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  t.equal(code, 1)
  // 1024 MB plus V8's young generation: 48 MB on Node 20, 192 MB on Node 24
  t.match(stderr, /The V8 heap limit is 1\d\d\d MB, larger than the 192 MB heap part of MEMORY_BUDGET_MB=256.*--max-old-space-size=192/)
})

for (const driver of drivers) {
  t.test(`/metrics shows each part of the budget and each cache on ${driver}`, async (t) => {
    const app = await build(t, driver)
    await app.inject('/v1/guide')
    await app.inject('/v1/prompts?limit=5')
    const text = (await app.inject('/metrics')).body
    const value = (series: string) => Number(new RegExp(`^${series.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1] ?? NaN)
    t.equal(value('bonds_memory_budget_bytes{part="heap"}'), 192 * MiB)
    t.equal(value('bonds_memory_budget_bytes{part="responses"}'), 64 * MiB)
    // The test app's config names no DATABASE_URL on either driver (the database is handed to it).
    t.equal(value('bonds_memory_budget_bytes{part="database"}'), 128 * MiB)
    t.ok(value('bonds_memory_budget_bytes{part="headroom"}') > 0)
    t.ok(value('bonds_memory_used_bytes{part="heap"}') > 0)
    t.ok(value('bonds_memory_used_bytes{part="responses"}') > 0)
    if (driver === 'pglite') t.equal(value('bonds_memory_used_bytes{part="database"}'), 128 * MiB, 'PGlite stays at its first 128 MB')
    for (const cache of ['release', 'responses', 'keys']) {
      t.ok(value(`bonds_cache_max_bytes{cache="${cache}"}`) > 0, `${cache}: bound`)
      t.ok(value(`bonds_cache_bytes{cache="${cache}"}`) <= value(`bonds_cache_max_bytes{cache="${cache}"}`), `${cache}: within it`)
      t.ok(Number.isFinite(value(`bonds_cache_entries{cache="${cache}"}`)), `${cache}: entries`)
    }
    t.ok(value('bonds_cache_bytes{cache="release"}') > 100_000, 'the release cache counts what its catalogues hold')
  })
}
