import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import openapiTS, { astToString } from 'openapi-typescript'
import { projectRoot } from '../paths.js'

export const CLIENT_TYPES_FILE = join(projectRoot, 'clients', 'typescript', 'schema.d.ts')

/** The TypeScript types of the typed client, made by openapi-typescript from the committed document. */
export async function renderClientTypes(): Promise<string> {
  const document = JSON.parse(await readFile(join(projectRoot, 'openapi', 'openapi.json'), 'utf8'))
  const ast = await openapiTS(document, { alphabetize: false, immutable: false })
  return `// Generated from openapi/openapi.json by openapi-typescript (npm run openapi:generate); do not edit.\n${astToString(ast)}`
}
