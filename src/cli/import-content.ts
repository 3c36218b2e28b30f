import { parseArgs } from 'node:util'
import { cliActor } from '../audit/service.js'
import { importContent, importEditor } from '../content/import.js'
import { loadContent } from '../content/load-content.js'
import { Publisher } from '../publishing/publisher.js'
import { ReleaseService } from '../releases/service.js'
import { withDatabase } from './run-cli.js'

// npm run content:import [-- --json] [note...]: the note names the release; --json prints the result as JSON.
const { positionals, values } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } })
const note = positionals.join(' ').trim() || 'Content import'

await withDatabase(async (database, config) => {
  const docs = await loadContent(config.CONTENT_DIR)
  const publisher = new Publisher(database.db, new ReleaseService(database.db))
  const result = await importContent(publisher, docs, note, importEditor(cliActor('content import CLI')))
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
