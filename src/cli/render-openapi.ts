import { buildApp } from '../app.js'
import { loadConfig } from '../config.js'
import { openDatabase } from '../db/database.js'

/** The OpenAPI document exactly as committed under openapi/: built from the route schemas. */
export async function renderOpenapi(): Promise<string> {
  const database = await openDatabase({ dataDir: null })
  const app = await buildApp({ config: loadConfig({}), database, logger: false })
  try {
    await app.ready()
    return `${JSON.stringify(app.swagger(), null, 2)}\n`
  } finally {
    await app.close()
    await database.close()
  }
}
