import { existsSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { loadConfig, loadEnvFile, type Config } from '../config.js'
import { DataDirInUseError, openDatabase, type DatabaseHandle } from '../db/database.js'

export interface CliOptions {
  /**
   * The command only reads or changes what is there (list or revoke keys): on the embedded database it
   * refuses a DATA_DIR that holds no database, rather than quietly making an empty one.
   */
  existing?: boolean
  /**
   * What to do instead when a running server holds the embedded database (PGlite is single-process):
   * the keys CLI goes through that server's admin API. Without it, the command says to stop the server.
   */
  whenHeld?: (config: Config) => Promise<void>
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
    try {
      database = await openDatabase({ databaseUrl: config.DATABASE_URL, dataDir: config.DATA_DIR })
    } catch (error) {
      if (!(error instanceof DataDirInUseError) || !options.whenHeld) throw error
      await options.whenHeld(config)
      return
    }
    await database.migrate()
    await task(database, config)
  } catch (error) {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 1
  } finally {
    await database?.close()
  }
}
