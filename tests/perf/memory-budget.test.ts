// The heap stays within its part of the memory budget under any read mix: the real server, as a child
// process started with the heap flag its budget derives (as `npm start` does), under a tiny budget (a
// 160 MB heap: code and framework hold ~50 MB live under tsx, work in flight and PGlite's JavaScript
// side up to ~45 MB more, a fifth is headroom, which leaves ~22 MB of catalogues), publishes releases, then
// answers reads over every release and three content policies, and editor preview rounds. The process
// must stay alive and its peak live heap (in use right after a full collection) stay under the heap part
// minus the headroom, which is what garbage may use between collections. bench/soak.ts is the full version (npm run soak). Nothing here asserts a timing.
import t from 'tap'
import { describeSoak, runSoak } from '../../bench/soak-run.js'
import type { Driver } from '../../bench/server-process.js'

const drivers: Driver[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']
const HEAP_MB = 160
const RESPONSE_CACHE_MB = 16
const READS = 2_000

t.setTimeout(drivers.length * 300_000 + 30_000)

for (const driver of drivers) {
  t.test(`the heap stays within its budget under reads over many releases and policies on ${driver}`, { timeout: 300_000 }, async (t) => {
    if (driver === 'postgres') process.env.BENCH_DATABASE_URL = process.env.TEST_DATABASE_URL
    const result = await runSoak({
      driver,
      entry: 'tsx',
      requests: READS,
      // Releases share their documents' items, so each costs only its lists (~0.6 MB for three policies):
      // it takes dozens to fill the catalogue cache. PostgreSQL gets no heap for PGlite's JavaScript
      // side, so a larger catalogue cache: more releases fill it.
      releases: driver === 'pglite' ? 40 : 70,
      budgetMb: HEAP_MB + RESPONSE_CACHE_MB + (driver === 'pglite' ? 128 : 0),
      responseCacheMb: RESPONSE_CACHE_MB,
      previewEvery: 100,
      concurrency: 6,
    })
    const figures = describeSoak(result)
    t.comment(figures)
    t.equal(result.heapCapMb, HEAP_MB, 'the server runs with the heap part of its budget')
    t.ok(result.alive, `the process never died: ${figures}`)
    t.equal(result.requests, READS, 'every read was sent')
    t.equal(
      result.statuses['200'] ?? 0,
      result.requests - (result.statuses['404'] ?? 0),
      `reads are answered 200 (or 404 where a policy hides a document): ${figures}`,
    )
    t.ok(result.releaseCache.evictions > 0, `the release cache had to evict to stay in its bytes: ${figures}`)
    t.ok(result.releaseCache.mb <= result.releaseCache.maxMb, 'the release cache holds no more than its bound')
    t.ok(
      result.peakLiveHeapMb <= result.heapCapMb - result.headroomMb,
      `peak live heap ${result.peakLiveHeapMb.toFixed(1)} MB stays under the cap minus the headroom: ${figures}`,
    )
  })
}
