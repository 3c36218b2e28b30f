// node --expose-gc --import tsx bench/heap-estimate.ts
// Checks the release cache's estimate of what its entries hold (src/memory/heap-size.ts) against the
// heap measured after a full garbage collection: loads every type's catalogue, the guide and each
// policy's views of the bundled release, and prints both.
import { buildApp } from '../src/app.js'
import { loadConfig } from '../src/config.js'
import { documentTypes } from '../src/content/vocabulary.js'
import { readContext, readerOf } from '../src/read/context.js'

const gc = (globalThis as { gc?: () => void }).gc
if (!gc) throw new Error('run with node --expose-gc')
const MiB = 1024 * 1024
const policies = [null, { maxDepth: 1 as const }, { maxDepth: 2 as const, excludeSensitive: true }, { ageMax: 12, excludeSituational: true }]

const app = await buildApp({ config: loadConfig({ NODE_ENV: 'production', LOG_LEVEL: 'silent' }), logger: false })
const { catalogues, guide, releaseCache, releases } = app.services
const releaseId = (await releases.currentId()) as number
const heap = () => {
  gc()
  gc()
  return process.memoryUsage().heapUsed
}
const before = heap()
const cachedBefore = releaseCache.stats().bytes
for (const [index, policy] of policies.entries()) {
  const read = readContext(readerOf({ keyId: `probe-${index}`, policy }), { releaseId, pinned: true, preview: false })
  for (const type of documentTypes) await catalogues.of(read, type)
  await guide.wholeGuide(read)
}
await new Promise((resolve) => setTimeout(resolve, 10))
const measured = heap() - before
const estimated = releaseCache.stats().bytes - cachedBefore
process.stdout.write(
  `${releaseCache.stats().entries} entries: estimated ${(estimated / MiB).toFixed(2)} MB, measured ${(measured / MiB).toFixed(2)} MB on the heap ` +
    `(estimate / measured ${(estimated / measured).toFixed(2)})\n`,
)
await app.close()
