import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { schemaFolder } from '../paths.js'

/** The GraphQL schema: every file under schema/, base first, one concern per file. */
export function loadSdl(folder: string = schemaFolder): string {
  const files = readdirSync(folder)
    .filter((name) => name.endsWith('.graphql'))
    .sort((a, b) => (a === 'base.graphql' ? -1 : b === 'base.graphql' ? 1 : a.localeCompare(b)))
  return files.map((name) => readFileSync(join(folder, name), 'utf8')).join('\n')
}
