import { existsSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { chromium } from 'playwright-core'
import t from 'tap'
import { build } from '../helpers/build.js'

// Debian's Chromium (.ci/run installs it); the browser talks to this server only.
const executablePath = ['/usr/bin/chromium', '/usr/bin/chromium-browser'].find((path) => existsSync(path))
const flags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

// Under CI=true a missing Chromium is a failure, not a skip: CI installs it, so its absence is a broken run.
const missing = executablePath ? false : 'no Chromium: apt-get install chromium (.ci/run does)'
if (missing && process.env.CI === 'true') t.fail(`${missing}; CI=true needs the browser test to run`)

t.test('GraphiQL loads with no console error and runs the example query', { skip: missing }, async (t) => {
  // Development: the anonymous caller may query, so the page works as a newcomer first opens it.
  const app = await build(t, 'pglite')
  await app.listen({ port: 0, host: '127.0.0.1' })
  const { port } = app.server.address() as AddressInfo
  const browser = await chromium.launch({ executablePath: executablePath!, args: flags })
  t.teardown(() => browser.close())
  const page = await browser.newPage()
  const problems: string[] = []
  page.on('console', (message) => message.type() === 'error' && problems.push(`console: ${message.text()} ${message.location().url}`))
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
  page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()} ${request.failure()?.errorText ?? ''}`))

  await page.goto(`http://127.0.0.1:${port}/graphiql`, { waitUntil: 'networkidle' })
  await page.locator('.graphiql-execute-button').click()
  const response = page.locator('.graphiql-response')
  await response.getByText('"keyPoints"').first().waitFor({ timeout: 20_000 })
  const text = (await response.textContent()) ?? ''
  t.match(text, /"release": 1/, 'the example query answered from release 1')
  t.notMatch(text, /"errors"/, 'without errors')
  t.same(problems, [], 'no console error, page error or failed request')
})
