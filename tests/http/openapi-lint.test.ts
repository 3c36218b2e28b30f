import { execFile } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { recordExamples } from '../../src/cli/record-openapi-examples.js'
import { projectRoot } from '../../src/paths.js'

const run = promisify(execFile)
const bin = (name: string) => join(projectRoot, 'node_modules', '.bin', name)
// Redocly would otherwise send usage data and look for a newer version: nothing leaves the machine.
const env = { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' }

async function output(command: string, args: string[]): Promise<string> {
  // Both tools exit non-zero when they find errors; their JSON report is what the test reads.
  const result = await run(bin(command), args, { cwd: projectRoot, env, maxBuffer: 64 * 1024 * 1024 }).catch((error: { stdout?: string }) => ({
    stdout: error.stdout ?? '',
  }))
  return result.stdout
}

t.test('Spectral (OAS and OWASP rules, .spectral.yaml) finds no error in the committed document', async (t) => {
  const report = JSON.parse(await output('spectral', ['lint', 'openapi/openapi.json', '--ruleset', '.spectral.yaml', '-f', 'json', '-q'])) as {
    code: string
    severity: number
    path: string[]
    message: string
  }[]
  const errors = report.filter((problem) => problem.severity === 0)
  t.same(
    errors.map((problem) => `${problem.code} at ${problem.path.join('.')}: ${problem.message}`),
    [],
    'no errors',
  )
  t.notOk(
    report.some((problem) => problem.code.startsWith('owasp:') && problem.severity <= 1),
    'no OWASP error or warning is left',
  )
})

t.test('Redocly (recommended rules, redocly.yaml) finds no error or warning', async (t) => {
  const report = JSON.parse(await output('redocly', ['lint', 'openapi/openapi.json', '--format=json'])) as {
    totals: { errors: number; warnings: number }
    problems: { ruleId: string; message: string }[]
  }
  t.same(
    report.problems.map((problem) => `${problem.ruleId}: ${problem.message}`),
    [],
  )
  t.equal(report.totals.errors, 0)
  t.equal(report.totals.warnings, 0)
})

t.test('the committed examples are what the bundled content answers today', async (t) => {
  const committed = JSON.parse(await readFile(join(projectRoot, 'openapi/examples.json'), 'utf8'))
  t.same(await recordExamples(), committed, 'openapi/examples.json is stale: run `npm run openapi:generate` and commit it')
})

t.test('what an SDK generator reads from the document', async (t) => {
  const text = await readFile(join(projectRoot, 'openapi/openapi.json'), 'utf8')
  const document = JSON.parse(text)
  t.notOk(text.includes('9007199254740991'), 'no safe-integer bounds')
  t.ok(document.servers?.length > 0 && document.info.contact && document.info.license, 'servers, contact and license')
  const ids = new Set<string>()
  for (const [path, item] of Object.entries<Record<string, Record<string, unknown>>>(document.paths)) {
    for (const [method, operation] of Object.entries(item)) {
      const name = `${method.toUpperCase()} ${path}`
      t.match(operation.operationId, /^[a-z][A-Za-z]+$/, `${name} has an operationId`)
      t.notOk(ids.has(operation.operationId as string), `${name}: its operationId is unique`)
      ids.add(operation.operationId as string)
      t.ok((operation.tags as string[])?.length && operation.summary && operation.description, `${name} has tags, a summary and a description`)
      const responses = operation.responses as Record<string, { $ref?: string; headers?: Record<string, unknown> }>
      t.ok(responses['500'], `${name} declares its 500`)
      for (const [status, response] of Object.entries(responses)) {
        const headers = response.$ref ? document.components.responses[response.$ref.split('/').pop()!].headers : response.headers
        t.ok(headers?.['X-Request-Id'], `${name} ${status} declares X-Request-Id`)
        if (path.startsWith('/v1/') && status.startsWith('2')) {
          t.ok(headers.RateLimit && headers['RateLimit-Policy'], `${name} ${status} declares the RateLimit headers`)
        }
      }
      if (
        path.startsWith('/v1/') &&
        responses['200'] &&
        method === 'get' &&
        ((operation.parameters ?? []) as { name: string }[]).some((p) => p.name === 'release')
      ) {
        const ok = responses['200'].headers!
        t.ok(ok['Content-Release'] && ok.ETag && ok['Cache-Control'] && responses['304'], `${name} declares Content-Release, ETag, Cache-Control and 304`)
        t.ok(
          (operation.parameters as { name: string; example?: unknown; schema: { example?: unknown } }[]).every(
            (p) => p.name !== 'release' || (p.example === undefined && p.schema.example === undefined),
          ),
          `${name}: no example pins a release`,
        )
      }
    }
  }
  t.equal(document.components.responses.TooManyRequests.headers['Retry-After'].$ref, '#/components/headers/Retry-After')
  const topic = document.paths['/v1/topics/{slug}'].get
  t.equal(topic.responses['200'].content['application/json'].example.slug, 'boundaries', 'examples are the real content')
  t.equal(topic.responses['404'].content['application/problem+json'].example.code, 'TOPIC_NOT_FOUND')
})
