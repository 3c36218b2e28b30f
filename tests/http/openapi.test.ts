import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { errorCatalogue } from '../../src/errors.js'
import { renderOpenapi } from '../../src/cli/render-openapi.js'
import { projectRoot } from '../../src/paths.js'
import { build } from '../helpers/build.js'

t.test('the committed OpenAPI document is what the code generates', async (t) => {
  const committed = await readFile(join(projectRoot, 'openapi/openapi.json'), 'utf8')
  const generated = await renderOpenapi()
  t.ok(committed === generated, 'openapi/openapi.json is stale: run `npm run openapi:generate` and commit it')
})

t.test('served documents: /openapi.json and Swagger UI with local assets', async (t) => {
  const app = await build(t, 'pglite')
  const spec = await app.inject('/openapi.json')
  t.equal(spec.statusCode, 200)
  const document = spec.json()
  t.equal(document.openapi, '3.1.0')
  for (const [path, item] of Object.entries<Record<string, { summary?: string; responses: object }>>(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      t.ok(operation.summary, `${method.toUpperCase()} ${path} has a summary`)
    }
  }
  const docs = await app.inject('/docs/')
  t.equal(docs.statusCode, 200)
  t.match(docs.headers['content-type'], /text\/html/)
  const bundle = await app.inject('/docs/static/swagger-ui-bundle.js')
  t.equal(bundle.statusCode, 200, 'assets are served locally, not from a CDN')
})

t.test('every error code is documented in the README', async (t) => {
  const readme = await readFile(join(projectRoot, 'README.md'), 'utf8')
  for (const code of Object.keys(errorCatalogue)) t.match(readme, new RegExp(`\`${code}\``), code)
})
