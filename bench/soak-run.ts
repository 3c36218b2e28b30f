import { createServer } from 'node:net'
import { startServer, type Driver, type RunningServer } from './server-process.js'
import type { ContentPolicy } from '../src/keys/schemas.js'

export interface SoakOptions {
  driver: Driver
  entry: 'tsx' | 'compiled'
  /** Mixed reads to send, in all. */
  requests: number
  /** Releases to publish before the reads (small edits through the editorial API). */
  releases: number
  /** MEMORY_BUDGET_MB for the server; unset: its default. */
  budgetMb?: number | undefined
  /** RESPONSE_CACHE_MB for the server; unset: derived from the budget. */
  responseCacheMb?: number | undefined
  /** One editor preview round (edit a draft, then read the preview) every this many reads. */
  previewEvery: number
  concurrency: number
  /** Stops sending reads after this long (the result says how many were sent); unset: no limit. */
  readsForMs?: number | undefined
  /** Prints progress lines. */
  log?: (line: string) => void
}

export interface SoakResult {
  driver: Driver
  entry: 'tsx' | 'compiled'
  requests: number
  releases: number
  previewRounds: number
  statuses: Record<string, number>
  durationMs: number
  /** The process was running at the end and never exited. */
  alive: boolean
  exit: string | null
  budgetMb: number
  heapCapMb: number
  headroomMb: number
  /** The most heap in use right after any collection (in-process, after garbage was collected). */
  peakHeapAfterGcMb: number
  /** The most heap in use seen by the samples of /metrics, garbage included. */
  peakHeapSampledMb: number
  /** The most heap in use right after a full collection: the peak of what was live. */
  peakLiveHeapMb: number
  peakRssMb: number | null
  releaseCache: { entries: number; mb: number; maxMb: number; evictions: number }
  responseCache: { entries: number; mb: number; maxMb: number }
  /** The peak live heap (after a full collection) at or under the cap minus the headroom, and the process alive. */
  withinBound: boolean
}

// Three partner keys with different content policies, as in the incident.
const POLICIES: ContentPolicy[] = [{ maxDepth: 1 }, { maxDepth: 2, excludeSensitive: true }, { ageMax: 12, excludeSituational: true }]
const WORDS = [
  'boundaries',
  'trust',
  'listen',
  'cooking',
  'nature',
  'anger',
  'school',
  'friends',
  'music',
  'apology',
  'courage',
  'phone',
  'chores',
  'bedtime',
  'hike',
  'story',
]
const MiB = 1024 * 1024

const pick = <T>(items: readonly T[]): T => items[Math.floor(Math.random() * items.length)] as T
// Page sizes partners use: repeated reads of the same page are answered from the response cache, as in production.
const LIMITS = [5, 10, 20, 25, 50, 100]
const limit = () => pick(LIMITS)

export function freePort(from?: number): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(from ?? 0, '127.0.0.1', () => {
      const address = probe.address()
      probe.close(() => (address && typeof address === 'object' ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

/** Prometheus text to { 'name{labels}': value }. */
function parseMetrics(text: string): Map<string, number> {
  const values = new Map<string, number>()
  for (const line of text.split('\n')) {
    if (line.startsWith('#') || line === '') continue
    const space = line.lastIndexOf(' ')
    values.set(line.slice(0, space), Number(line.slice(space + 1)))
  }
  return values
}

async function metrics(server: RunningServer): Promise<Map<string, number> | null> {
  try {
    const response = await fetch(`${server.url}/metrics`, { signal: AbortSignal.timeout(10_000) })
    return response.ok ? parseMetrics(await response.text()) : null
  } catch {
    return null
  }
}

/** Starts the real server, publishes releases, then sends mixed reads and preview rounds while sampling its heap. */
export async function runSoak(options: SoakOptions): Promise<SoakResult> {
  const log = options.log ?? (() => {})
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'production', LOG_LEVEL: 'warn', RATE_LIMIT_PER_MINUTE: '1000000', AUTH_FAILURES_PER_MINUTE: '1000000' }
  if (options.budgetMb !== undefined) env.MEMORY_BUDGET_MB = String(options.budgetMb)
  if (options.responseCacheMb !== undefined) env.RESPONSE_CACHE_MB = String(options.responseCacheMb)
  const started = Date.now()
  const server = await startServer(options.driver, await freePort(), env, {
    entry: options.entry,
    databasePrefix: 'bonds_soak',
    keys: [
      { name: 'soak editor', scopes: ['content:read', 'content:preview', 'content:write', 'content:publish'], rateLimit: 1_000_000 },
      ...POLICIES.map((policy, index) => ({ name: `soak partner ${index + 1}`, scopes: ['content:read' as const], policy, rateLimit: 1_000_000 })),
    ],
  })
  try {
    log(`${options.driver}/${options.entry}: started in ${Math.round(server.startupMs)} ms`)
    const [editorKey, ...partnerKeys] = server.keys as [string, ...string[]]
    const editor = { authorization: `Bearer ${editorKey}` }
    const partners = partnerKeys.map((key) => ({ authorization: `Bearer ${key}` }))
    const call = async (method: string, path: string, headers: Record<string, string>, body?: unknown, extra: Record<string, string> = {}) => {
      const response = await fetch(`${server.url}${path}`, {
        method,
        headers: { ...headers, ...extra, ...(body === undefined ? {} : { 'content-type': extra['content-type'] ?? 'application/json' }) },
        body: body === undefined ? undefined : JSON.stringify(body),
        signal: AbortSignal.timeout(60_000),
      })
      const text = await response.text()
      return { status: response.status, text, etag: response.headers.get('etag') }
    }
    const json = <T>(text: string) => JSON.parse(text) as T

    const promptList = json<{ data: { slug: string }[] }>((await call('GET', '/v1/prompts?limit=100', editor)).text).data.map((prompt) => prompt.slug)
    const topicSlugs = json<{ data: { slug: string }[] }>((await call('GET', '/v1/topics?limit=100', editor)).text).data.map((topic) => topic.slug)
    const editDraft = async (slug: string, n: number) => {
      const id = `prompt:${slug}`
      const current = await call('GET', `/v1/admin/documents/${id}`, editor)
      const body = json<{ published: { content: { text?: string } } | null; draft: { content: { text?: string } | null } | null }>(current.text)
      const base = (body.draft?.content?.text ?? body.published?.content.text ?? 'What did you two talk about today?').replace(/ \(\d+\)$/, '')
      return call(
        'PATCH',
        `/v1/admin/documents/${id}/draft`,
        editor,
        { text: `${base} (${n})` },
        { 'content-type': 'application/merge-patch+json', 'if-match': current.etag ?? '*' },
      )
    }

    // Releases: one small edit each, submitted, approved and published.
    const releaseIds: number[] = []
    for (let n = 1; n <= options.releases; n++) {
      const slug = promptList[n % promptList.length] as string
      const edited = await editDraft(slug, n)
      if (edited.status !== 200) throw new Error(`editing ${slug}: ${edited.status} ${edited.text}`)
      for (const step of ['submit', 'approve']) {
        const answer = await call('POST', `/v1/admin/documents/prompt:${slug}/${step}`, editor, {})
        if (answer.status !== 200) throw new Error(`${step} ${slug}: ${answer.status} ${answer.text}`)
      }
      const release = await call('POST', '/v1/admin/releases', editor, { note: `soak ${n}` })
      if (release.status !== 201) throw new Error(`publishing: ${release.status} ${release.text}`)
      releaseIds.push(json<{ releaseId: number }>(release.text).releaseId)
      if (n % 10 === 0) log(`  published ${n} of ${options.releases} releases`)
    }
    const allReleases = [1, ...releaseIds]

    // Reads: each picks a partner (policy), a release (a third current, the rest pinned) and a surface.
    const readOnce = (): Promise<{ status: number; text: string }> => {
      const headers = pick(partners)
      const release = Math.random() < 1 / 3 ? null : pick(allReleases)
      const r = release === null ? '' : `release=${release}`
      const and = r === '' ? '' : `&${r}`
      const question = r === '' ? '' : `?${r}`
      const gqlRelease = release === null ? '' : `release: ${release}`
      switch (Math.floor(Math.random() * 11)) {
        case 0:
          return call('GET', `/v1/guide${question}`, headers)
        case 1:
          return call('GET', `/v1/topics?limit=${limit()}${and}`, headers)
        case 2:
          return call('GET', `/v1/prompts?limit=${limit()}${and}`, headers)
        case 3:
          return call('GET', `/v1/prompts/${pick(promptList)}${question}`, headers)
        case 4:
          return call('GET', `/v1/activities?limit=${limit()}${and}`, headers)
        case 5:
          return call('GET', `/v1/faqs${question}`, headers)
        case 6:
          return call('GET', `/v1/topics/${pick(topicSlugs)}${question}`, headers)
        case 7:
          return call('GET', `/v1/search?q=${pick(WORDS)}%20${pick(WORDS)}${and}`, headers)
        case 8:
          return call('POST', `/v1/recommendations${question}`, headers, { age: 4 + Math.floor(Math.random() * 14), topics: [pick(topicSlugs)], limit: 5 })
        case 9:
          return call('POST', '/graphql', headers, {
            query: `{ topics(${gqlRelease} first: ${limit()}) { nodes { slug title } } prompts(${gqlRelease} first: 20) { nodes { slug text } } }`,
          })
        default:
          return call('POST', '/graphql', headers, {
            query: `{ guide(${gqlRelease}) { title topics { slug } } activities(${gqlRelease} first: ${limit()}) { nodes { slug } } }`.replace(
              'guide()',
              'guide',
            ),
          })
      }
    }

    const statuses: Record<string, number> = {}
    const count = (status: string) => (statuses[status] = (statuses[status] ?? 0) + 1)
    let sent = 0
    let previewRounds = 0
    const previewSlug = promptList[0] as string
    const previewRound = async () => {
      const edited = await editDraft(previewSlug, 1_000 + previewRounds)
      count(`preview edit ${edited.status}`)
      for (const path of [`/v1/prompts/${previewSlug}?release=draft`, '/v1/prompts?limit=100&release=draft', '/v1/guide?release=draft']) {
        count(`preview read ${(await call('GET', path, editor)).status}`)
      }
      previewRounds++
    }

    let peakSampled = 0
    let peakLive = 0
    let last: Map<string, number> | null = null
    let sampling = true
    const sampler = (async () => {
      // `sampling` is cleared by the reads once they are done, while this loop awaits.
      // eslint-disable-next-line no-unmodified-loop-condition
      while (sampling) {
        const values = await metrics(server)
        if (values) {
          last = values
          peakSampled = Math.max(peakSampled, values.get('bonds_memory_used_bytes{part="heap"}') ?? 0)
          peakLive = Math.max(peakLive, values.get('bonds_memory_used_bytes{part="heap_live"}') ?? 0)
        }
        await new Promise((resolve) => setTimeout(resolve, 1_000))
      }
    })()

    const readsStarted = Date.now()
    const readsUntil = options.readsForMs === undefined ? Infinity : readsStarted + options.readsForMs
    const reading = () => sent < options.requests && server.exit() === null && Date.now() < readsUntil
    let reported = 0
    // The editor: one preview round each time another previewEvery reads have been sent.
    const editorLoop = async () => {
      while (reading()) {
        if (sent >= (previewRounds + 1) * options.previewEvery) await previewRound().catch((error: unknown) => count(`preview error ${String(error)}`))
        else await new Promise((resolve) => setTimeout(resolve, 20))
      }
    }
    const worker = async () => {
      while (reading()) {
        sent++
        try {
          const answer = await readOnce()
          // GraphQL answers 200 with errors: those are counted apart.
          count(answer.status === 200 && answer.text.startsWith('{"errors"') ? '200 with GraphQL errors' : String(answer.status))
        } catch (error) {
          count(`network error: ${error instanceof Error ? (error.cause instanceof Error ? error.cause.message : error.message) : String(error)}`)
        }
        if (sent - reported >= 2_000) {
          reported = sent
          log(`  ${sent} reads, ${previewRounds} preview rounds, ${Math.round((Date.now() - readsStarted) / 1000)} s`)
        }
      }
    }
    await Promise.all([editorLoop(), ...Array.from({ length: options.concurrency }, worker)])
    sampling = false
    await sampler
    const durationMs = Date.now() - readsStarted
    const final = (await metrics(server)) ?? last ?? new Map<string, number>()
    const get = (name: string) => final.get(name) ?? 0
    const exit = server.exit()
    const heapCapMb = get('bonds_memory_budget_bytes{part="heap"}') / MiB
    const headroomMb = get('bonds_memory_budget_bytes{part="headroom"}') / MiB
    const peakHeapAfterGcMb = get('bonds_memory_used_bytes{part="heap_peak"}') / MiB
    const peakLiveHeapMb = Math.max(get('bonds_memory_used_bytes{part="heap_live_peak"}'), peakLive) / MiB
    const alive = exit === null
    const result: SoakResult = {
      driver: options.driver,
      entry: options.entry,
      requests: sent,
      releases: allReleases.length,
      previewRounds,
      statuses,
      durationMs,
      alive,
      exit: exit ? `code ${exit.code} signal ${exit.signal}` : null,
      budgetMb: get('bonds_memory_budget_bytes{part="total"}') / MiB,
      heapCapMb,
      headroomMb,
      peakHeapAfterGcMb,
      peakHeapSampledMb: peakSampled / MiB,
      peakLiveHeapMb,
      peakRssMb: await server.peakRssMb(),
      releaseCache: {
        entries: get('bonds_cache_entries{cache="release"}'),
        mb: get('bonds_cache_bytes{cache="release"}') / MiB,
        maxMb: get('bonds_cache_max_bytes{cache="release"}') / MiB,
        evictions: get('bonds_release_cache_evictions_total'),
      },
      responseCache: {
        entries: get('bonds_cache_entries{cache="responses"}'),
        mb: get('bonds_cache_bytes{cache="responses"}') / MiB,
        maxMb: get('bonds_cache_max_bytes{cache="responses"}') / MiB,
      },
      withinBound: alive && peakLiveHeapMb > 0 && peakLiveHeapMb <= heapCapMb - headroomMb,
    }
    log(`${options.driver}/${options.entry}: done in ${Math.round((Date.now() - started) / 1000)} s`)
    return result
  } finally {
    await server.stop()
  }
}

const fixed = (value: number) => value.toFixed(1)

export function describeSoak(result: SoakResult): string {
  return [
    `${result.driver}, ${result.entry}: ${result.requests} mixed reads over ${result.releases} releases and ${POLICIES.length} policies, ${result.previewRounds} preview rounds, ${fixed(result.durationMs / 1000)} s (${Math.round(result.requests / (result.durationMs / 1000))} reads/s)`,
    `  statuses: ${Object.entries(result.statuses)
      .map(([status, n]) => `${status}: ${n}`)
      .join(', ')}`,
    `  process ${result.alive ? 'alive throughout' : `DIED (${result.exit})`}; budget ${fixed(result.budgetMb)} MB, heap cap ${fixed(result.heapCapMb)} MB, headroom ${fixed(result.headroomMb)} MB, bound (cap - headroom) ${fixed(result.heapCapMb - result.headroomMb)} MB`,
    `  peak live heap (after a full GC) ${fixed(result.peakLiveHeapMb)} MB; peak after any GC ${fixed(result.peakHeapAfterGcMb)} MB, peak sampled with garbage ${fixed(result.peakHeapSampledMb)} MB; peak RSS ${result.peakRssMb ?? '?'} MB`,
    `  release cache ${result.releaseCache.entries} entries, ${fixed(result.releaseCache.mb)} of ${fixed(result.releaseCache.maxMb)} MB, ${result.releaseCache.evictions} evictions; response cache ${result.responseCache.entries} entries, ${fixed(result.responseCache.mb)} of ${fixed(result.responseCache.maxMb)} MB`,
    `  ${result.withinBound ? 'WITHIN' : 'OVER'} the bound`,
  ].join('\n')
}
