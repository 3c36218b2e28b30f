// The service's memory stays bounded under a flood of distinct queries: the real server, as a child
// process, answers 60 s of searches, prompt lists and daily prompts that never repeat, and its resident
// memory (VmRSS) is read afterwards. On both drivers the growth over the RSS after a 5 s warm-up must
// stay under 150 MB; on PostgreSQL the whole process must also stay under 360 MB (on PGlite the embedded
// database, WASM, alone costs a few hundred MB). Nothing here asserts a timing.
import { createServer } from 'node:net'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { startServer, type Driver, type RunningServer } from '../../bench/server-process.js'
import { contentFolder } from '../../src/paths.js'

const drivers: Driver[] = process.env.TEST_DATABASE_URL ? ['pglite', 'postgres'] : ['pglite']

const WARM_UP_MS = 5_000
const FLOOD_MS = 60_000
const IN_FLIGHT = 20
// On PostgreSQL the process holds about 250-260 MB after the warm-up (measured in CI, December 2026),
// and the response cache may fill its 64 MB bound on a quiet machine. With the bundled content of issue 25
// (655 prompts and 129 activities, up from 452 and 113) a full flood measured 343 MB (+89 MB: the 64 MB
// cache, full, and 25 MB of larger catalogues and garbage not yet collected): 360 MB leaves that room and
// a margin, and nothing more. The growth bound below is the leak guard; this one is the process's budget.
// (300 MB held only while a busy machine kept the cache from filling; 340 MB until the content grew.)
const POSTGRES_LIMIT_MB = 360
const GROWTH_LIMIT_MB = 150

// Each driver starts a server (PGlite: migrations and the first publish), warms up, floods and stops.
t.setTimeout(drivers.length * 240_000 + 30_000)

const words = [
  'boundaries',
  'communication',
  'trust',
  'listen',
  'empathy',
  'respect',
  'feelings',
  'emotions',
  'son',
  'mother',
  'teenager',
  'child',
  'father',
  'family',
  'school',
  'friends',
  'cooking',
  'nature',
  'music',
  'sports',
  'games',
  'art',
  'reading',
  'walk',
  'hike',
  'garden',
  'kitchen',
  'bedtime',
  'weekend',
  'holiday',
  'question',
  'answer',
  'conversation',
  'story',
  'legacy',
  'growth',
  'independence',
  'change',
  'support',
  'safe',
  'open',
  'honest',
  'patience',
  'kindness',
  'courage',
  'anger',
  'sadness',
  'joy',
  'fear',
  'pride',
  'mistake',
  'apology',
  'praise',
  'curiosity',
  'values',
  'tradition',
  'memory',
  'future',
  'career',
  'college',
  'phone',
  'screen',
  'chores',
  'money',
  'responsibility',
  'routine',
  'adventure',
  'service',
  'volunteer',
  'hobby',
  'build',
  'draw',
  'paint',
  'sing',
  'dance',
  'camp',
  'fish',
  'bike',
  'swim',
  'run',
  'shared',
  'interests',
  'bond',
  'relationship',
  'understanding',
]

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T
const between = (min: number, max: number) => min + Math.floor(Math.random() * (max - min + 1))

async function topicSlugs(): Promise<string[]> {
  const folder = join(contentFolder, 'topics')
  const files = (await readdir(folder)).filter((name) => name.endsWith('.json'))
  return Promise.all(files.map(async (name) => (JSON.parse(await readFile(join(folder, name), 'utf8')) as { slug: string }).slug))
}

/** Request paths that never repeat: word combinations, prompt filters and daily seeds. */
function distinctPaths(topics: string[]) {
  const seen = new Set<string>()
  const candidate = (n: number) => {
    switch (n % 3) {
      case 0:
        return `/v1/search?q=${encodeURIComponent(Array.from({ length: between(2, 4) }, () => pick(words)).join(' '))}`
      case 1:
        return `/v1/prompts?age=${between(3, 99)}&limit=${between(1, 100)}&topic=${pick(topics)}&depth=${between(1, 3)}&includeSensitive=true`
      default:
        return `/v1/prompts/daily?seed=${Math.random().toString(36).slice(2)}${n.toString(36)}`
    }
  }
  let n = 0
  return () => {
    for (;;) {
      const path = candidate(n++)
      if (!seen.has(path)) {
        seen.add(path)
        return path
      }
    }
  }
}

interface FloodResult {
  requests: number
  statuses: Map<string, number>
}

/** IN_FLIGHT concurrent loops, each sending one distinct request after the other, for `ms`. */
async function flood(server: RunningServer, next: () => string, ms: number): Promise<FloodResult> {
  const deadline = Date.now() + ms
  const result: FloodResult = { requests: 0, statuses: new Map() }
  const count = (status: string) => result.statuses.set(status, (result.statuses.get(status) ?? 0) + 1)
  const loop = async () => {
    while (Date.now() < deadline) {
      const path = next()
      try {
        const response = await fetch(`${server.url}${path}`, { headers: server.headers })
        await response.arrayBuffer()
        count(String(response.status))
      } catch (error) {
        count(`network error: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`)
      }
      result.requests++
    }
  }
  await Promise.all(Array.from({ length: IN_FLIGHT }, loop))
  return result
}

const describe = (result: FloodResult) => `${result.requests} requests (${[...result.statuses].map(([status, n]) => `${status}: ${n}`).join(', ')})`

/** The response cache's counters, where /readyz shows them (development), for the messages. */
async function cacheCounters(server: RunningServer): Promise<string> {
  const ready = (await fetch(`${server.url}/readyz`).then(
    (response) => response.json(),
    () => null,
  )) as { cache?: Record<string, number> } | null
  if (!ready?.cache) return 'no response-cache counters on /readyz'
  const { bytes, maxBytes, ...counters } = ready.cache
  const mb = (value: number | undefined) => (value === undefined ? '?' : (value / 1024 / 1024).toFixed(1))
  return `response cache ${mb(bytes)} of ${mb(maxBytes)} MB, ${Object.entries(counters)
    .map(([name, value]) => `${name} ${value}`)
    .join(', ')}`
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

for (const driver of drivers) {
  t.test(`memory stays bounded under distinct queries on ${driver}`, { timeout: 240_000 }, async (t) => {
    const server = await startServer(
      driver,
      await freePort(),
      { NODE_ENV: 'development', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000' },
      { adminUrl: process.env.TEST_DATABASE_URL, databasePrefix: 'bonds_test_memory' },
    )
    t.teardown(() => server.stop())
    const next = distinctPaths(await topicSlugs())

    const warmUp = await flood(server, next, WARM_UP_MS)
    const warmRss = await server.rssMb()
    const flooded = await flood(server, next, FLOOD_MS)
    const floodRss = await server.rssMb()
    const peakRss = await server.peakRssMb()
    const cache = await cacheCounters(server)
    if (warmRss === null || floodRss === null) {
      t.comment('skipped: no /proc/<pid>/status here to read the RSS from')
      return
    }

    const figures =
      `RSS ${warmRss} MB after the ${WARM_UP_MS / 1000} s warm-up, ${floodRss} MB after the ${FLOOD_MS / 1000} s flood ` +
      `(+${floodRss - warmRss} MB, peak ${peakRss} MB); warm-up: ${describe(warmUp)}; flood: ${describe(flooded)}; ${cache}`
    t.comment(`${driver}: ${figures}`)
    // A flood that was refused or failed would prove nothing about memory.
    t.equal(flooded.statuses.get('200') ?? 0, flooded.requests, `every flood request is answered 200: ${describe(flooded)}`)
    if (driver === 'postgres') t.ok(floodRss < POSTGRES_LIMIT_MB, `RSS after the flood stays under ${POSTGRES_LIMIT_MB} MB: ${figures}`)
    t.ok(floodRss - warmRss < GROWTH_LIMIT_MB, `RSS grows by less than ${GROWTH_LIMIT_MB} MB over the warm-up's: ${figures}`)
  })
}
