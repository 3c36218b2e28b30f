// npm run soak -- [--requests 100000] [--releases 70] [--budget <MEMORY_BUDGET_MB>] [--response-cache <MB>]
//   [--driver pglite|postgres|both] [--entry tsx|compiled|both] [--preview-every 200] [--concurrency 16]
//   [--max-read-minutes <n>] (stop reading after n minutes; the report says how many reads were sent)
// Starts the real server (as `npm start` does, or dist/ as the Docker image does; `npm run build` first),
// publishes releases, sends mixed reads with three content policies and editor preview rounds, samples its
// heap from /metrics, and prints the peak heap against the cap minus the headroom. PostgreSQL: a database
// created on BENCH_DATABASE_URL (default postgres://postgres@127.0.0.1:5432/postgres) and dropped after.
// Exits 1 when a run died or went over the bound.
import { parseArgs } from 'node:util'
import type { Driver } from './server-process.js'
import { describeSoak, runSoak } from './soak-run.js'

const { values } = parseArgs({
  options: {
    requests: { type: 'string', default: '100000' },
    releases: { type: 'string', default: '70' },
    budget: { type: 'string' },
    'response-cache': { type: 'string' },
    driver: { type: 'string', default: 'both' },
    entry: { type: 'string', default: 'both' },
    'preview-every': { type: 'string', default: '200' },
    concurrency: { type: 'string', default: '16' },
    'max-read-minutes': { type: 'string' },
  },
})

const both = <T extends string>(value: string, options: readonly T[]): T[] => (value === 'both' ? [...options] : [value as T])
const drivers = both<Driver>(values.driver, ['pglite', 'postgres'])
const entries = both<'tsx' | 'compiled'>(values.entry, ['tsx', 'compiled'])
const number = (value: string | undefined) => (value === undefined ? undefined : Number(value))

let failed = false
for (const driver of drivers) {
  for (const entry of entries) {
    const result = await runSoak({
      driver,
      entry,
      requests: Number(values.requests),
      releases: Number(values.releases),
      budgetMb: number(values.budget),
      responseCacheMb: number(values['response-cache']),
      previewEvery: Number(values['preview-every']),
      concurrency: Number(values.concurrency),
      readsForMs: values['max-read-minutes'] === undefined ? undefined : Number(values['max-read-minutes']) * 60_000,
      log: (line) => process.stdout.write(`${line}\n`),
    })
    process.stdout.write(`${describeSoak(result)}\n\n`)
    if (!result.withinBound) failed = true
  }
}
process.exit(failed ? 1 : 0)
