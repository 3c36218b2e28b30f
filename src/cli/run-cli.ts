import { loadConfig, loadEnvFile, type Config } from '../config.js'
import { openDatabase, type DatabaseHandle } from '../db/database.js'

/** Runs a command against the database the server would use (DATA_DIR or DATABASE_URL). */
export async function withDatabase(task: (database: DatabaseHandle, config: Config) => Promise<void>) {
  let database: DatabaseHandle | undefined
  try {
    loadEnvFile()
    const config = loadConfig()
    database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR })
    await database.migrate()
    await task(database, config)
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  } finally {
    await database?.close()
  }
}
