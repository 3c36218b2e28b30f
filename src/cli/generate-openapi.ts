import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { renderOpenapi } from '../http/render-openapi.js'
import { projectRoot } from '../paths.js'

const folder = join(projectRoot, 'openapi')
await mkdir(folder, { recursive: true })
await writeFile(join(folder, 'openapi.json'), await renderOpenapi())
process.stdout.write('Wrote openapi/openapi.json\n')
