import v8 from 'node:v8'

const MiB = 1024 * 1024

/**
 * PGlite's WebAssembly memory starts at 128 MiB (2,048 pages, the least it will instantiate with); with
 * shared_buffers at 16 MiB it stays there for this service's queries (measured: 188 MiB with the default
 * shared_buffers of 128 MiB, 128 MiB with 16 MiB). It can still grow for a query that needs more (its
 * ceiling is compiled in), which /metrics shows as bonds_memory_used_bytes{part="database"}.
 */
export const EMBEDDED_DATABASE_MB = 128
export const EMBEDDED_SHARED_BUFFERS = '16MB'
/** What the V8 heap holds whatever the traffic: code, the framework, schemas, the GraphQL schema (measured ~50 MiB under tsx, ~38 compiled). */
export const HEAP_BASELINE_MB = 56
/**
 * Work in flight: rows being parsed into a catalogue, query results, responses being built. Measured in
 * the soak: up to ~30 MiB live beyond the baseline and the caches with 6-16 concurrent reads on PGlite.
 */
export const IN_FLIGHT_MB = 32
/**
 * The embedded database's JavaScript side (its protocol buffers and results) on top: the soak on PGlite
 * held ~94 MiB live beyond its catalogues under tsx, against ~70 on PostgreSQL.
 */
export const EMBEDDED_HEAP_MB = 16
/** The least heap part the process runs with: the headroom, the baseline, work in flight and small caches. */
export const MIN_HEAP_MB = 128
const MIN_EMBEDDED_HEAP_MB = 144
/** Without MEMORY_BUDGET_MB: today's 192 MiB heap and 64 MiB of responses, plus the embedded database's part. */
const DEFAULT_BUDGET_MB = 256
const RESPONSE_SHARE = 0.25
/** Share of the heap part kept free at the peak: room for the garbage collector and bursts of work. */
const HEADROOM_SHARE = 0.2
/** Of the heap left after the headroom, the baseline and work in flight: parsed catalogues and views, then key lookups. */
const RELEASE_CACHE_SHARE = 0.9
const KEY_CACHE_SHARE = 0.05

export interface MemoryBudget {
  /** The whole budget (MEMORY_BUDGET_MB). */
  totalMb: number
  /** The V8 heap: the --max-old-space-size the process must run with. */
  heapMb: number
  /** Response Buffers (outside the heap), the response cache's bound. */
  responseCacheMb: number
  /** PGlite's WebAssembly memory; 0 on PostgreSQL. */
  databaseMb: number
  /** Within the heap part: what must stay free at the peak. */
  headroomMb: number
  /** Within the heap part: the release cache's bound (catalogues, policy views, previews). */
  releaseCacheBytes: number
  /** Within the heap part: the key lookups' bound. */
  keyCacheBytes: number
}

export interface BudgetSettings {
  MEMORY_BUDGET_MB?: number | undefined
  RESPONSE_CACHE_MB?: number | undefined
  DATABASE_URL?: string | undefined
}

export class MemoryBudgetError extends Error {
  override name = 'MemoryBudgetError'
}

/** Splits the one setting into its parts; throws MemoryBudgetError when they cannot fit. */
export function memoryBudget(settings: BudgetSettings): MemoryBudget {
  const databaseMb = settings.DATABASE_URL ? 0 : EMBEDDED_DATABASE_MB
  const totalMb = settings.MEMORY_BUDGET_MB ?? DEFAULT_BUDGET_MB + databaseMb
  const rest = totalMb - databaseMb
  const responseCacheMb = settings.RESPONSE_CACHE_MB ?? Math.max(1, Math.round(rest * RESPONSE_SHARE))
  const heapMb = rest - responseCacheMb
  const minHeapMb = databaseMb > 0 ? MIN_EMBEDDED_HEAP_MB : MIN_HEAP_MB
  if (heapMb < minHeapMb) {
    const parts = [`${responseCacheMb} MB of responses${settings.RESPONSE_CACHE_MB === undefined ? '' : ' (RESPONSE_CACHE_MB)'}`]
    if (databaseMb > 0) parts.push(`${databaseMb} MB for the embedded database`)
    throw new MemoryBudgetError(
      `MEMORY_BUDGET_MB: ${totalMb} MB leaves ${heapMb} MB of heap after ${parts.join(' and ')}; the heap needs at least ${minHeapMb} MB. ` +
        `Raise MEMORY_BUDGET_MB to at least ${minHeapMb + responseCacheMb + databaseMb}${settings.RESPONSE_CACHE_MB === undefined ? '' : ' or lower RESPONSE_CACHE_MB'}.`,
    )
  }
  const headroomMb = Math.round(heapMb * HEADROOM_SHARE)
  const forCaches = heapMb - headroomMb - HEAP_BASELINE_MB - IN_FLIGHT_MB - (databaseMb > 0 ? EMBEDDED_HEAP_MB : 0)
  return {
    totalMb,
    heapMb,
    responseCacheMb,
    databaseMb,
    headroomMb,
    releaseCacheBytes: Math.floor(forCaches * RELEASE_CACHE_SHARE * MiB),
    keyCacheBytes: Math.floor(forCaches * KEY_CACHE_SHARE * MiB),
  }
}

// The young generation is three semi-spaces. Node 20 sized them 16 MiB (48 MiB in all); Node 24 takes
// up to 64 MiB each (192 MiB, as much again as a 192 MiB heap part), so the flags keep Node 20's size.
const SEMI_SPACE_MB = 16

/** The Node flags that give V8 the heap part, space-separated (shells split them; spawn callers split on ' '). */
export const heapFlag = (budget: MemoryBudget) => `--max-old-space-size=${budget.heapMb} --max-semi-space-size=${SEMI_SPACE_MB}`

// V8's heap_size_limit is the old generation (--max-old-space-size) plus the young one: 48 MiB with
// the semi-space size above. Within this slack, a limit agrees with the heap part.
const YOUNG_GENERATION_SLACK_MB = 64

/**
 * Null when V8's heap limit agrees with the heap part; otherwise why not, and which flag to start with.
 * Too small: the caches' bounds would not fit. Far larger: the process would use memory outside its budget.
 */
export function heapLimitProblem(budget: MemoryBudget, heapSizeLimit = v8.getHeapStatistics().heap_size_limit): string | null {
  const limitMb = Math.round(heapSizeLimit / MiB)
  const fix =
    `Start with node ${heapFlag(budget)} (npm start and the Docker image derive it from MEMORY_BUDGET_MB; ` +
    `\`node dist/cli/memory-flags.js\` or \`npx tsx src/cli/memory-flags.ts\` prints it).`
  if (limitMb < budget.heapMb) {
    return `The V8 heap limit is ${limitMb} MB, smaller than the ${budget.heapMb} MB heap part of MEMORY_BUDGET_MB=${budget.totalMb}. ${fix}`
  }
  if (limitMb > budget.heapMb + YOUNG_GENERATION_SLACK_MB) {
    return `The V8 heap limit is ${limitMb} MB, larger than the ${budget.heapMb} MB heap part of MEMORY_BUDGET_MB=${budget.totalMb}: the process could outgrow its budget. ${fix}`
  }
  return null
}
