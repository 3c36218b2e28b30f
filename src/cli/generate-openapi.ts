import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { EXAMPLES_FILE } from '../http/openapi.js'
import { recordExamples } from './record-openapi-examples.js'
import { CLIENT_TYPES_FILE, renderClientTypes } from './render-client.js'
import { renderOpenapi } from './render-openapi.js'
import { projectRoot } from '../paths.js'

// First the examples, recorded from the bundled content; then the document, which lays them in; then
// the typed client's types, made from the document.
const folder = join(projectRoot, 'openapi')
await mkdir(folder, { recursive: true })
await writeFile(EXAMPLES_FILE, `${JSON.stringify(await recordExamples(), null, 2)}\n`)
await writeFile(join(folder, 'openapi.json'), await renderOpenapi())
await writeFile(CLIENT_TYPES_FILE, await renderClientTypes())
process.stdout.write('Wrote openapi/examples.json, openapi/openapi.json and clients/typescript/schema.d.ts\n')
