import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadConfig, loadEnvFile, type Config } from '../config.js'
import { openDatabase, type DatabaseHandle } from '../db/database.js'

export interface CliOptions {
  /**
   * The command only reads or changes what is there (list or revoke keys): on the embedded database it
   * refuses a DATA_DIR that holds no database, rather than quietly making an empty one.
   */
  existing?: boolean
}

/** Runs a command against the database the server would use (DATA_DIR or DATABASE_URL). */
export async function withDatabase(task: (database: DatabaseHandle, config: Config) => Promise<void>, options: CliOptions = {}) {
  let database: DatabaseHandle | undefined
  try {
    loadEnvFile()
    const config = loadConfig()
    if (options.existing && !config.DATABASE_URL && !existsSync(join(config.DATA_DIR, 'PG_VERSION'))) {
      throw new Error(
        `No database in ${resolve(config.DATA_DIR)}. Set DATA_DIR to the folder the server uses (or DATABASE_URL), or start the server once (npm start) to create it.`,
      )
    }
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
