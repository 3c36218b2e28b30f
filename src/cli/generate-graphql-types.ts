import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { renderGraphqlTypes } from '../graphql/render-types.js'
import { projectRoot } from '../paths.js'

await writeFile(join(projectRoot, 'src/graphql/generated.ts'), await renderGraphqlTypes())
process.stdout.write('Wrote src/graphql/generated.ts\n')
