import { withDatabase } from './run-cli.js'

await withDatabase(async (database) => {
  process.stdout.write(`Migrations applied (${database.driver}).\n`)
})
