import { parseArgs } from 'node:util'
import { ContentError, ContentSchemaError, readContent, type ContentDocument } from '../content/load-content.js'
import { coverageLines, coverageReport } from '../content/check/coverage.js'
import { ruleNames } from '../content/check/rules.js'
import { summarizeProblems } from '../content/check/summary.js'
import { readTranslations } from '../content/translations/check.js'
import { translatedLocales } from '../content/translations/files.js'
import { activityCategories, ageBands, contentWarnings, depths, purposes, situations } from '../content/vocabulary.js'
import { contentFolder } from '../paths.js'

// Validates content/ (or the folder given as argument) without a database: every rule of
// content-style.md that a program can check, then coverage by topic, age band, depth, purpose and warning,
// and a coverage report by age, topic and situation. Exits 1 on any problem, naming the file, the item and
// the rule; a long list shows the first few and counts the rest per rule and file. With --json, the same
// report as one JSON document, with every problem.
const { positionals, values } = parseArgs({ allowPositionals: true, options: { json: { type: 'boolean', default: false } } })
try {
  const { documents: docs, problems: englishProblems } = await readContent(positionals[0])
  const translations = await readTranslations(positionals[0] ?? contentFolder, docs)
  const problems = [...englishProblems, ...translations.problems]
  const prompts = docs.filter((doc) => doc.type === 'prompt')
  const activities = docs.filter((doc) => doc.type === 'activity')
  const topics = docs.filter((doc) => doc.type === 'topic').map((doc) => doc.slug)
  const out: string[] = []
  out.push(`${docs.length} documents: ${prompts.length} prompts, ${activities.length} activities, ${topics.length} topics`)

  const tables: Record<string, Record<string, number>> = {}
  const table = (title: string, rows: [string, number][]) => {
    tables[title] = Object.fromEntries(rows)
    out.push('', title)
    const width = Math.max(...rows.map(([name]) => name.length))
    for (const [name, count] of rows) out.push(`  ${name.padEnd(width)}  ${count}`)
  }
  const count = (items: ContentDocument[], test: (doc: ContentDocument) => boolean) => items.filter(test).length
  const everyday = prompts.filter((doc) => !doc.settings.includes('activity') && doc.situations.length === 0)
  table(
    'prompts by topic (main or other)',
    topics.map((topic) => [topic, count(prompts, (doc) => doc.topics.includes(topic))]),
  )
  table(
    'prompts by age band',
    Object.keys(ageBands).map((band) => [band, count(prompts, (doc) => doc.lifeStages.includes(band))]),
  )
  table(
    'prompts by depth',
    depths.map((depth) => [String(depth), count(prompts, (doc) => doc.depth === depth)]),
  )
  table(
    'prompts by purpose',
    purposes.map((purpose) => [purpose, count(prompts, (doc) => doc.purpose === purpose)]),
  )
  table('prompts by content warning', [
    ...contentWarnings.map((warning): [string, number] => [warning, count(prompts, (doc) => doc.contentWarnings.includes(warning))]),
    ['(none)', count(prompts, (doc) => doc.contentWarnings.length === 0)],
  ])
  table(
    'prompts by situation',
    situations.map((situation) => [situation, count(prompts, (doc) => doc.situations.includes(situation))]),
  )
  table('prompts by kind', [
    ['everyday (neither activity-only nor situational)', everyday.length],
    ['activity-only', count(prompts, (doc) => doc.settings.includes('activity'))],
    ['situational', count(prompts, (doc) => doc.situations.length > 0)],
    ['sensitive', count(prompts, (doc) => doc.sensitive)],
  ])
  table('activities', [
    ['remote', count(activities, (doc) => doc.remote === true)],
    ['low-sensory', count(activities, (doc) => doc.accessibility.includes('low-sensory'))],
    ['free', count(activities, (doc) => doc.cost === 'free')],
    ['repeated or multi-day', count(activities, (doc) => (doc.body as { recurrence?: { kind: string } }).recurrence?.kind !== 'once')],
  ])

  const gaps: string[] = []
  for (const topic of topics) {
    for (const stage of Object.keys(ageBands)) {
      if (count(everyday, (doc) => doc.topics.includes(topic) && doc.lifeStages.includes(stage)) === 0) {
        gaps.push(`no everyday prompt for topic ${topic} at ${stage}`)
      }
    }
  }
  for (const depth of depths) if (!prompts.some((doc) => doc.depth === depth)) gaps.push(`no prompt of depth ${depth}`)
  for (const stage of Object.keys(ageBands)) {
    if (!activities.some((doc) => doc.lifeStages.includes(stage))) gaps.push(`no activity for ${stage}`)
  }
  const categories = new Set(activities.map((doc) => doc.category))
  const missingCategories = activityCategories.filter((category) => !categories.has(category))
  if (missingCategories.length) gaps.push(`no activity in ${missingCategories.join(', ')}`)
  out.push('', gaps.length ? `coverage gaps:\n  ${gaps.join('\n  ')}` : 'coverage: complete')
  const coverage = coverageReport(docs, topics)
  out.push(...coverageLines(coverage))

  for (const locale of translatedLocales) {
    const mine = translations.statuses.filter((status) => status.locale === locale)
    table(
      `translations: ${locale} (complete, current and approved / translated / documents)`,
      (['topic', 'prompt', 'activity'] as const).map((type) => {
        const of = mine.filter((status) => status.type === type)
        const ready = of.filter((status) => status.complete && !status.outdated && status.review === 'approved').length
        const plural = { topic: 'topics', prompt: 'prompts', activity: 'activities' }[type]
        return [`${plural}  ${ready} / ${of.length} / ${count(docs, (doc) => doc.type === type)}`, ready]
      }),
    )
    const stale = mine.filter((status) => !status.complete || status.outdated || status.review !== 'approved')
    for (const status of stale) {
      out.push(
        `  ${status.type} ${status.slug}: ${[!status.complete && `missing ${status.missing.join(', ')}`, status.outdated && 'outdated', status.review !== 'approved' && status.review].filter(Boolean).join('; ')}`,
      )
    }
  }

  const byRule = ruleNames.map((rule): [string, number] => [rule, problems.filter((problem) => problem.rule === rule).length])
  table('rule problems', byRule)
  if (problems.length) {
    out.push('', ...summarizeProblems(problems))
    process.exitCode = 1
  }
  const report = {
    documents: { total: docs.length, prompts: prompts.length, activities: activities.length, topics: topics.length },
    tables,
    coverage,
    gaps,
    translations: translations.statuses,
    problems: problems.map((problem) => ({ where: problem.where, message: problem.message, rule: problem.rule })),
  }
  process.stdout.write(values.json ? `${JSON.stringify(report, null, 2)}\n` : `${out.join('\n')}\n`)
} catch (error) {
  // A file of the wrong shape: stderr has the bounded summary, and --json every field on stdout.
  if (error instanceof ContentSchemaError && values.json) process.stdout.write(`${JSON.stringify({ problems: error.problems }, null, 2)}\n`)
  process.stderr.write(`${error instanceof ContentError || error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
