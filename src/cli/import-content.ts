import { cliActor } from '../audit/service.js'
import { importContent, importEditor } from '../content/publishing-service.js'
import { loadContent } from '../content/load-content.js'
import { withDatabase } from './run-cli.js'

const note = process.argv.slice(2).join(' ').trim() || 'Content import'

await withDatabase(async (database, config) => {
  const docs = await loadContent(config.CONTENT_DIR)
  const result = await importContent(database.db, docs, note, importEditor(cliActor('content import CLI')))
  const changed = result.newVersions.map((item) => `  ${item.documentId}@${item.version}`).join('\n')
  process.stdout.write(
    result.releaseCreated
      ? `Published release ${result.releaseId}: ${result.newVersions.length} new version(s), ${result.unchanged} unchanged, ${result.removed.length} removed.\n${changed}\n`
      : `Nothing changed; release ${result.releaseId} stays current.\n`,
  )
})
