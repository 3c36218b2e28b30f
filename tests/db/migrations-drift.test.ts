import { execFile } from 'node:child_process'
import { cp, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join, relative } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { migrationsFolder, projectRoot } from '../../src/paths.js'

const run = promisify(execFile)

// Like the openapi/ and GraphQL types drift tests: a change to src/db/schema.ts ships with its migration.
t.test('drizzle/ holds a migration for everything src/db/schema.ts declares', async (t) => {
  const copy = await mkdtemp(join(tmpdir(), 'bonds-drizzle-'))
  t.teardown(() => rm(copy, { recursive: true, force: true }))
  await cp(migrationsFolder, copy, { recursive: true })
  const before = await readdir(copy)
  // drizzle-kit reads --out relative to the working folder, whatever it is given.
  const { stdout } = await run(
    'npx',
    ['drizzle-kit', 'generate', '--dialect', 'postgresql', '--schema', './src/db/schema.ts', '--out', relative(projectRoot, copy), '--name', 'drift'],
    { cwd: projectRoot },
  )
  const added = (await readdir(copy)).filter((file) => !before.includes(file))
  t.same(added, [], `a migration is missing: run npm run db:generate (drizzle-kit said: ${stdout.trim().split('\n').at(-1)})`)
})
