import { parseArgs } from 'node:util'
import { withDatabase } from './run-cli.js'

// npm run db:migrate [-- --json]
const { values } = parseArgs({ options: { json: { type: 'boolean', default: false } } })
await withDatabase(async (database) => {
  process.stdout.write(values.json ? `${JSON.stringify({ migrated: true, driver: database.driver })}\n` : `Migrations applied (${database.driver}).\n`)
})
