import { parseArgs } from 'node:util'
import { cliActor } from '../audit/service.js'
import { z } from 'zod'
import { defaultImportReview, importContent, importEditor } from '../content/import.js'
import { loadContent } from '../content/load-content.js'
import { Publisher } from '../publishing/publisher.js'
import { reviewFields, reviewOf } from '../publishing/review.js'
import { parseInput } from '../read/input.js'
import { ReleaseService } from '../releases/service.js'
import { withDatabase } from './run-cli.js'

// npm run content:import [-- --json] [--reviewed-by <who> --reviewed-at <when> [--review-note <text>]] [note...]:
// the note names the release; the review flags are recorded with it, as a publish's would be (without them,
// an import of the bundled content/ folder records the bundled content's own statement, and any other folder
// none); --json prints the result as JSON.
const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    json: { type: 'boolean', default: false },
    'reviewed-by': { type: 'string' },
    'reviewed-at': { type: 'string' },
    'review-note': { type: 'string' },
  },
})
const note = positionals.join(' ').trim() || 'Content import'

await withDatabase(async (database, config) => {
  const given = { reviewedBy: values['reviewed-by'], reviewedAt: values['reviewed-at'], reviewNote: values['review-note'] }
  const named = Object.values(given).some((value) => value !== undefined)
  const review = named ? reviewOf(parseInput(z.strictObject(reviewFields), given)) : defaultImportReview(config.CONTENT_DIR)
  const docs = await loadContent(config.CONTENT_DIR)
  const publisher = new Publisher(database.db, new ReleaseService(database.db))
  const result = await importContent(publisher, docs, note, importEditor(cliActor('content import CLI')), review)
  const changed = result.newVersions.map((item) => `  ${item.documentId}@${item.version}`).join('\n')
  if (values.json) {
    const { releaseCreated, releaseId, newVersions, unchanged, removed } = result
    process.stdout.write(`${JSON.stringify({ releaseCreated, releaseId, newVersions, unchanged, removed }, null, 2)}\n`)
    return
  }
  process.stdout.write(
    result.releaseCreated
      ? `Published release ${result.releaseId}: ${result.newVersions.length} new version(s), ${result.unchanged} unchanged, ${result.removed.length} removed.\n${changed}\n`
      : `Nothing changed; release ${result.releaseId} stays current.\n`,
  )
})
