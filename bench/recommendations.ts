// Recommendations on the bundled catalogue and on a synthetic catalogue of 10 000 activities: one
// typical profile, and 40 varied profiles in turn (each answer computed), every figure next to its
// ceiling (a bare Fastify route sending the same bytes) in the same run.
// Usage: npm run bench:recommendations [-- --activities 10000 --duration 8 --connections 10]
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { parseArgs } from 'node:util'
import { loadContent } from '../src/content/load-content.js'
import { activityCategories, activitySettings, costTiers, energyLevels, interests, seasons } from '../src/content/vocabulary.js'
import { contentFolder } from '../src/paths.js'
import { measureAgainstCeiling, type Target } from './ceiling.js'
import { variedProfiles } from './profiles.js'
import { startServer } from './server-process.js'

const { values } = parseArgs({
  options: {
    activities: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '8' },
    connections: { type: 'string', default: '10' },
  },
})
const syntheticCount = Number(values.activities)
const profile = {
  age: 11,
  interests: ['cooking', 'nature'],
  minutes: 90,
  budget: 'low',
  weather: 'clear',
  energy: 'moderate',
  topics: ['communication'],
  limit: 5,
}

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
    const targets: Target[] = [
      { label: `${label}: one profile`, method: 'POST', path: '/v1/recommendations', bodies: [profile] },
      {
        label: `${label}: 40 profiles, every request a cache miss`,
        method: 'POST',
        path: '/v1/recommendations',
        bodies: variedProfiles(40),
        missEveryRequest: true,
      },
    ]
    const rows = await measureAgainstCeiling(server, targets, { connections: Number(values.connections), duration: Number(values.duration), port: port + 100 })
    return [{ endpoint: `${label}: start-up`, service: `${Math.round(server.startupMs)} ms` }, ...rows]
  } finally {
    await server.stop()
  }
}

const synthetic = await syntheticContent(syntheticCount)
try {
  const rows = [...(await measure('bundled', undefined, 4300)), ...(await measure(`synthetic ${syntheticCount}`, synthetic, 4301))]
  console.table(rows)
} finally {
  await rm(synthetic, { recursive: true, force: true })
}
