import { execFile } from 'node:child_process'
import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t from 'tap'
import { coverageAges } from '../../src/content/check/coverage.js'
import { ContentRulesError, ContentSchemaError, loadContent, readContent } from '../../src/content/load-content.js'
import { projectRoot } from '../../src/paths.js'
import { themes } from '../../src/content/vocabulary.js'
import { copyContent } from '../helpers/build.js'

const run = promisify(execFile)

/** content:check on a folder: its exit code and both streams. */
const check = (folder: string, ...args: string[]) =>
  run(process.execPath, ['--import', 'tsx', 'src/cli/check-content.ts', folder, ...args], { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024 }).then(
    (done) => ({ code: 0, ...done }),
    (error: { code: number; stdout: string; stderr: string }) => error,
  )

// What a summary may cost: ten problems in full and a count per rule and file fit in this, however long the list.
const BOUND = 6_000

t.test('a file of 500 activities missing five fields: the error and the output are bounded, --json keeps every problem', async (t) => {
  const folder = await copyContent(t)
  const [template] = JSON.parse(await readFile(join(folder, 'activities', 'art.json'), 'utf8')).activities
  const missing = ['steps', 'materials', 'cost', 'energy', 'setting']
  const activities = Array.from({ length: 500 }, (_, index) => {
    const activity = { ...template, slug: `generated-activity-${index}`, formerIds: [] }
    for (const field of missing) delete activity[field]
    return activity
  })
  await writeFile(join(folder, 'activities', 'generated.json'), JSON.stringify({ activities }))

  const error = await loadContent(folder).catch((caught: unknown) => caught)
  t.ok(error instanceof ContentSchemaError, 'the import refuses the folder')
  const problems = (error as ContentSchemaError).problems
  t.equal(problems.length, 2_500, 'every missing field is a problem')
  t.ok(
    problems.every((problem) => problem.rule === 'schema' && /^activities\/generated\.json: activities\.\d+\.[a-z]+$/.test(problem.where)),
    'each names its file, item and rule',
  )
  // What the import printed before: every issue, joined into one line.
  const before = problems.map((problem) => `${problem.where.split(': ')[1]}: ${problem.message}`).join('; ').length
  t.ok(before > 150_000, `the old single line was ${before} characters`)
  const message = (error as Error).message
  t.ok(message.length < BOUND, `the error message is ${message.length} characters (bound ${BOUND})`)
  t.match(message, /^2500 content schema problems:\nactivities\/generated\.json: activities\.0\.steps: .+ \[schema\]/)
  t.match(message, /2500 more|2490 more/)
  t.match(message, /2500 {2}schema in activities\/generated\.json \(activities\.\*\.[a-z]+ 500/, 'a count per rule and file, with the fields')

  const human = await check(folder)
  t.equal(human.code, 1)
  t.equal(human.stdout, '', 'no report on stdout for a folder it cannot read')
  t.ok(human.stderr.length < BOUND, `content:check prints ${human.stderr.length} characters`)
  t.match(human.stderr, /activities\/generated\.json: activities\.0\.steps: .+ \[schema\]/)

  const json = await check(folder, '--json')
  t.equal(json.code, 1)
  const report = JSON.parse(json.stdout) as { problems: { where: string; message: string; rule: string }[] }
  t.equal(report.problems.length, 2_500, '--json lists every problem')
  t.same(report.problems[0], { where: 'activities/generated.json: activities.0.steps', message: problems[0]!.message, rule: 'schema' })
})

t.test('many rule problems: the first ten in full, then a count per rule and file; --json keeps every one', async (t) => {
  const folder = await copyContent(t)
  let changed = 0
  const perFile = new Map<string, number>()
  for (const name of ['art.json', 'cooking.json', 'games.json']) {
    const file = join(folder, 'activities', name)
    const content = JSON.parse(await readFile(file, 'utf8'))
    for (const activity of content.activities.slice(0, 12)) {
      activity.description = `${activity.description} Pick your favourite colours.`
      changed++
      perFile.set(name, (perFile.get(name) ?? 0) + 1)
    }
    await writeFile(file, JSON.stringify(content))
  }

  const error = await loadContent(folder).catch((caught: unknown) => caught)
  t.ok(error instanceof ContentRulesError)
  const problems = (error as ContentRulesError).problems.filter((problem) => problem.rule === 'uk-spelling')
  t.equal(problems.length, changed)
  const message = (error as Error).message
  t.ok(message.length < BOUND, `the error message is ${message.length} characters`)
  t.equal(message.split('\n').filter((line) => line.endsWith('[uk-spelling]')).length, 10, 'ten in full')
  for (const [name, count] of perFile) t.match(message, new RegExp(`${count}  uk-spelling in activities/${name}`), `${name}: ${count}`)

  const human = await check(folder)
  t.equal(human.code, 1)
  t.match(human.stdout, /activities\/art\.json: activities\.0 \([a-z0-9-]+\): .*favourite.* \[uk-spelling\]/, 'file, item and rule')
  t.match(human.stdout, new RegExp(`${perFile.get('games.json')}  uk-spelling in activities/games\\.json`))
  t.match(human.stdout, new RegExp(`uk-spelling\\s+${changed}\n`), 'the rule table counts them all')

  const json = await check(folder, '--json')
  const report = JSON.parse(json.stdout) as { problems: { rule: string }[] }
  t.equal(report.problems.filter((problem) => problem.rule === 'uk-spelling').length, changed, '--json lists every one')
})

t.test('content:check reports coverage by age, topic, situation and theme, in text and JSON', async (t) => {
  const { documents } = await readContent()
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/check-content.ts', '--json'], { cwd: projectRoot, maxBuffer: 64 * 1024 * 1024 })
  const report = JSON.parse(stdout) as { coverage: Record<string, Record<string, { prompts: number; everydayPrompts: number; activities: number }>> }
  const ages = Object.keys(report.coverage.byAge!)
  t.same(ages, [...Array.from({ length: 16 }, (_, index) => String(index + 3)), '19-25', '26-40', '41-99'], 'each age 3 to 18, then adult bands')
  t.equal(coverageAges.length, ages.length)

  // Counted again here, from the documents, the way a reader of the report would.
  const prompts = documents.filter((doc) => doc.type === 'prompt')
  const activities = documents.filter((doc) => doc.type === 'activity')
  const at = (doc: { ageMin: number | null; ageMax: number | null }, age: number) => doc.ageMin! <= age && doc.ageMax! >= age
  for (const age of [3, 4, 5, 9, 16]) {
    // Everyday: what the daily prompt serves a caller who asks for nothing more.
    const everyday = prompts.filter(
      (doc) => at(doc, age) && !doc.settings.includes('activity') && doc.situations.length === 0 && !doc.sensitive && (doc.depth ?? 1) <= 2,
    )
    t.same(report.coverage.byAge![String(age)], {
      prompts: prompts.filter((doc) => at(doc, age)).length,
      everydayPrompts: everyday.length,
      activities: activities.filter((doc) => at(doc, age)).length,
    })
  }
  const topics = documents.filter((doc) => doc.type === 'topic').map((doc) => doc.slug)
  t.same(Object.keys(report.coverage.byTopic!), topics, 'every topic')
  for (const topic of topics) t.equal(report.coverage.byTopic![topic]!.prompts, prompts.filter((doc) => doc.topics.includes(topic)).length)
  t.equal(report.coverage.bySituation!['(none)']!.activities, activities.filter((doc) => doc.situations.length === 0).length)
  t.equal(report.coverage.bySituation!['parents-living-apart']!.prompts, prompts.filter((doc) => doc.situations.includes('parents-living-apart')).length)
  t.same(Object.keys(report.coverage.byTheme!), [...themes], 'every theme')
  for (const theme of themes) {
    t.equal(report.coverage.byTheme![theme]!.prompts, prompts.filter((doc) => doc.themes.includes(theme)).length, `${theme}: prompts`)
    t.equal(report.coverage.byTheme![theme]!.activities, activities.filter((doc) => doc.themes.includes(theme)).length, `${theme}: activities`)
  }

  const text = await run(process.execPath, ['--import', 'tsx', 'src/cli/check-content.ts'], { cwd: projectRoot })
  t.match(text.stdout, /coverage by age \(items whose ages include it\)\n\s+prompts\s+everyday\s+activities\n\s+3\s+\d+\s+\d+\s+\d+\n/)
  t.match(text.stdout, /coverage by topic\n/)
  t.match(text.stdout, /coverage by situation\n[\s\S]*\(none\)/)
  t.match(text.stdout, /coverage by theme\n[\s\S]*peer-pressure/)
})
