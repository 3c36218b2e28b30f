// Recommendation latency for a typical profile, on the bundled catalogue and on a synthetic catalogue of
// 10 000 activities, measured with autocannon against the real server in one run.
// Usage: npx tsx bench/recommendations.ts [--activities 10000] [--duration 10] [--connections 10]
import autocannon from 'autocannon'
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadContent } from '../src/content/load-content.js'
import { activityCategories, activitySettings, costTiers, energyLevels, interests, seasons } from '../src/content/vocabulary.js'
import { contentFolder } from '../src/paths.js'
import { startServer } from './server-process.js'

const { values } = parseArgs({
  options: {
    activities: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
  },
})
const syntheticCount = Number(values.activities)
const profile = { age: 11, interests: ['cooking', 'nature'], minutes: 90, budget: 'low', weather: 'clear', energy: 'moderate', topics: ['communication'], limit: 5 }

async function syntheticContent(count: number): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'bonds-synthetic-'))
  await cp(contentFolder, folder, { recursive: true })
  const docs = await loadContent()
  const promptSlugs = docs.filter((doc) => doc.type === 'prompt').map((doc) => doc.slug)
  const topicSlugs = docs.filter((doc) => doc.type === 'topic').map((doc) => doc.slug)
  const pick = <T>(items: readonly T[], n: number) => items[n % items.length] as T
  for (let file = 0; file * 500 < count; file++) {
    const activities = Array.from({ length: Math.min(500, count - file * 500) }, (_, index) => {
      const n = file * 500 + index
      const ageMin = 3 + (n % 30)
      const minutesMin = 10 + (n % 12) * 10
      return {
        slug: `synthetic-${n}`,
        title: `Synthetic activity ${n}`,
        category: pick(activityCategories, n),
        description: `A generated activity number ${n} for measuring the recommendation engine.`,
        steps: ['Do the first thing together.', 'Talk about how it went.'],
        materials: [],
        ageMin,
        ageMax: Math.min(99, ageMin + 5 + (n % 40)),
        minutesMin,
        minutesMax: minutesMin + 30,
        cost: pick(costTiers, n >> 1),
        setting: pick(activitySettings, n >> 2),
        energy: pick(energyLevels, n >> 3),
        seasons: [pick(seasons, n), pick(seasons, n + 1)],
        interests: [pick(interests, n), pick(interests, n * 7 + 3)].filter((value, i, all) => all.indexOf(value) === i),
        topics: [{ topic: pick(topicSlugs, n), why: 'A generated reason that this nurtures the topic.' }],
        prompts: [pick(promptSlugs, n)],
        competencies: ['relationship-skills'],
      }
    })
    await writeFile(join(folder, 'activities', `synthetic-${file}.json`), JSON.stringify({ activities }))
  }
  return folder
}

async function measure(label: string, content: string | undefined, port: number) {
  const server = await startServer('pglite', port, content ? { CONTENT_DIR: content } : {})
  try {
    const request = { method: 'POST' as const, headers: { ...server.headers, 'content-type': 'application/json' }, body: JSON.stringify(profile) }
    await autocannon({ url: `${server.url}/v1/recommendations`, connections: 1, amount: 50, ...request })
    const result = await autocannon({
      url: `${server.url}/v1/recommendations`,
      connections: Number(values.connections),
      duration: Number(values.duration),
      ...request,
    })
    if (result.non2xx > 0 || result.errors > 0) throw new Error(`${label}: ${result.non2xx} non-2xx, ${result.errors} errors`)
    return { catalogue: label, 'start-up ms': Math.round(server.startupMs), 'req/s': Math.round(result.requests.average), 'p50 ms': result.latency.p50, 'p99 ms': result.latency.p99 }
  } finally {
    await server.stop()
  }
}

const synthetic = await syntheticContent(syntheticCount)
try {
  const rows = [await measure('bundled', undefined, 4200), await measure(`synthetic ${syntheticCount}`, synthetic, 4201)]
  console.table(rows)
} finally {
  await rm(synthetic, { recursive: true, force: true })
}
