import { execFile } from 'node:child_process'
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { projectRoot } from '../../src/paths.js'
import { copyContent } from '../helpers/build.js'

const run = promisify(execFile)

t.test('with --json, `npm run -s <cli>` prints one JSON document and nothing else', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'bonds-cli-json-'))
  t.teardown(() => rm(dataDir, { recursive: true, force: true }))
  const npm = async (...args: string[]) => {
    const { stdout } = await run('npm', ['run', '-s', ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'info' },
    })
    return JSON.parse(stdout) as Record<string, unknown>
  }

  const check = await npm('content:check', '--', '--json')
  t.match(check, { documents: { total: Number, prompts: Number, activities: Number, topics: 9 }, gaps: [], problems: [] })
  t.equal((check.tables as Record<string, Record<string, number>>)['prompts by depth']!['3']! > 0, true, 'the coverage tables are there')

  t.same(await npm('db:migrate', '--', '--json'), { migrated: true, driver: 'pglite' })
  const imported = await npm('content:import', '--', '--json', 'First', 'import')
  t.match(imported, { releaseCreated: true, releaseId: 1, unchanged: 0, removed: [] })
  t.equal((imported.newVersions as unknown[]).length, check.documents && (check.documents as { total: number }).total, 'every document got its first version')
  t.match(await npm('content:import', '--', '--json'), { releaseCreated: false, releaseId: 1, newVersions: [] }, 'nothing changed the second time')
})

t.test('content:check --json lists each rule problem and exits 1; a file it cannot read is told on stderr', async (t) => {
  const folder = await copyContent(t)
  const file = join(folder, 'faqs', '1-encouraging-open-communication.json')
  const faq = JSON.parse(await readFile(file, 'utf8'))
  const check = () =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/check-content.ts', folder, '--json'], { cwd: projectRoot }).catch(
      (error: { code: number; stdout: string; stderr: string }) => error,
    ) as Promise<{ code?: number; stdout: string; stderr: string }>

  const art = join(folder, 'activities', 'art.json')
  const original = await readFile(art, 'utf8')
  const activities = JSON.parse(original)
  activities.activities[0].description = `${activities.activities[0].description} Pick your favourite colours.`
  await writeFile(art, JSON.stringify(activities))
  const ruled = await check()
  t.equal(ruled.code, 1)
  const report = JSON.parse(ruled.stdout) as { problems: { where: string; rule: string; message: string }[] }
  t.ok(
    report.problems.some(
      (problem) => problem.rule === 'uk-spelling' && problem.where.startsWith('activities/art.json: activities.0') && problem.message.includes('favourite'),
    ),
    'the problem, its file, its item and its rule',
  )
  await writeFile(art, original)

  await writeFile(file, JSON.stringify({ ...faq, topics: ['no-such-topic'] }))
  const unreadable = await check()
  t.equal(unreadable.code, 1)
  t.equal(unreadable.stdout, '', 'nothing half-written on stdout')
  t.match(unreadable.stderr, /no topic has the slug "no-such-topic"/)
})
