// The uncached figure: how long the GraphiQL example query takes when nothing of the release it reads
// is in memory yet, i.e. the first request after a publish, and the second one for comparison.
// On PostgreSQL each publish is a real one, made from outside the running server the way an editor
// makes it (the content:import command against the same database, on a copy of the content with one
// FAQ answer changed); the server learns of it by its release notification. PGlite locks its data
// folder, so nothing can publish next to a running server: there the figure is the first request on a
// freshly started server (which has just published the bundled content on its empty database).
import { spawn } from 'node:child_process'
import { cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { exampleQuery } from '../src/graphql/graphiql.js'
import { contentFolder, projectRoot } from '../src/paths.js'
import { startServer, type RunningServer } from './server-process.js'

export interface FirstRequests {
  /** Milliseconds of the first request after each publish (or start), then of the request right after it. */
  first: number[]
  second: number[]
}

const body = JSON.stringify({ query: exampleQuery })

/** One GraphiQL example request, timed from sending to the last byte; returns the release it read. */
async function timedQuery(server: RunningServer): Promise<{ ms: number; release: number }> {
  const started = performance.now()
  const response = await fetch(`${server.url}/graphql`, {
    method: 'POST',
    headers: { ...server.headers, 'content-type': 'application/json' },
    body,
  })
  const text = await response.text()
  const ms = performance.now() - started
  const parsed = JSON.parse(text) as { data?: { topics?: { release?: number } }; errors?: unknown }
  const release = parsed.data?.topics?.release
  if (!response.ok || parsed.errors || typeof release !== 'number') throw new Error(`GraphiQL example: ${response.status} ${text.slice(0, 500)}`)
  return { ms, release }
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms))

/** Runs the content:import command (npm run content:import) on a content folder against a database. */
async function importContent(databaseUrl: string, folder: string, note: string): Promise<number> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/cli/import-content.ts', note], {
    cwd: projectRoot,
    env: { ...process.env, DATABASE_URL: databaseUrl, CONTENT_DIR: folder, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout?.on('data', (chunk) => (output += String(chunk)))
  child.stderr?.on('data', (chunk) => (output += String(chunk)))
  const code = await new Promise<number | null>((resolve) => child.once('exit', resolve))
  const release = /Published release (\d+)/.exec(output)?.[1]
  if (code !== 0 || !release) throw new Error(`content:import published nothing (exit ${code}): ${output.trim()}`)
  return Number(release)
}

/** A copy of the bundled content whose first FAQ answer can be changed, one publish at a time. */
async function editableContent() {
  const folder = await mkdtemp(join(tmpdir(), 'bonds-publish-'))
  await cp(contentFolder, folder, { recursive: true })
  const faqFolder = join(folder, 'faqs')
  const [faqName] = (await readdir(faqFolder)).filter((name) => name.endsWith('.json')).sort()
  if (!faqName) throw new Error(`no FAQ in ${faqFolder}`)
  const faqFile = join(faqFolder, faqName)
  const faq = JSON.parse(await readFile(faqFile, 'utf8')) as { answer: string }
  const original = faq.answer
  return {
    folder,
    async change(n: number) {
      await writeFile(faqFile, `${JSON.stringify({ ...faq, answer: `${original} (Revised ${n} at ${new Date().toISOString()}.)` }, null, 2)}\n`)
    },
    remove: () => rm(folder, { recursive: true, force: true }),
  }
}

/** PostgreSQL: `repetitions` publishes from outside the running server, each followed by two timed requests. */
export async function afterPublishes(server: RunningServer, repetitions: number): Promise<FirstRequests> {
  if (!server.databaseUrl) throw new Error('publishing next to a running server needs PostgreSQL')
  const content = await editableContent()
  const result: FirstRequests = { first: [], second: [] }
  try {
    for (let n = 1; n <= repetitions; n++) {
      await content.change(n)
      const release = await importContent(server.databaseUrl, content.folder, `Benchmark publish ${n}`)
      // The server hears of the release by notification, usually within a millisecond or two. An
      // answer from the previous release is not counted (it reads only the previous, cached release).
      await sleep(50)
      const deadline = Date.now() + 10_000
      for (;;) {
        const first = await timedQuery(server)
        if (first.release === release) {
          result.first.push(first.ms)
          break
        }
        if (Date.now() > deadline) throw new Error(`the server still answers release ${first.release} 10 s after release ${release} was published`)
        await sleep(50)
      }
      result.second.push((await timedQuery(server)).ms)
    }
  } finally {
    await content.remove()
  }
  return result
}

/** PGlite: `repetitions` fresh servers, each on an empty data folder, and their first two requests. */
export async function afterStarts(port: number, repetitions: number): Promise<FirstRequests> {
  const result: FirstRequests = { first: [], second: [] }
  for (let n = 0; n < repetitions; n++) {
    const server = await startServer('pglite', port)
    try {
      result.first.push((await timedQuery(server)).ms)
      result.second.push((await timedQuery(server)).ms)
    } finally {
      await server.stop()
    }
  }
  return result
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] as number) : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2
}
