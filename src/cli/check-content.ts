import { loadContent } from '../content/load-content.js'
import { activityCategories, ageBands, depths } from '../content/vocabulary.js'

// Validates content/ (or the folder given as argument) without a database and reports coverage gaps.
try {
  const docs = await loadContent(process.argv[2])
  const prompts = docs.filter((doc) => doc.type === 'prompt')
  const activities = docs.filter((doc) => doc.type === 'activity')
  const topics = docs.filter((doc) => doc.type === 'topic').map((doc) => doc.slug)
  const gaps: string[] = []
  for (const topic of topics) {
    for (const stage of Object.keys(ageBands)) {
      const count = prompts.filter((doc) => doc.topics.includes(topic) && doc.lifeStages.includes(stage)).length
      if (count === 0) gaps.push(`no prompt for topic ${topic} at ${stage}`)
    }
  }
  for (const depth of depths) if (!prompts.some((doc) => doc.depth === depth)) gaps.push(`no prompt of depth ${depth}`)
  for (const stage of Object.keys(ageBands)) {
    if (!activities.some((doc) => doc.lifeStages.includes(stage))) gaps.push(`no activity for ${stage}`)
  }
  const categories = new Set(activities.map((doc) => doc.category))
  const missingCategories = activityCategories.filter((category) => !categories.has(category))
  process.stdout.write(
    `${docs.length} documents: ${prompts.length} prompts, ${activities.length} activities, ${topics.length} topics\n` +
      `activity categories: ${categories.size}${missingCategories.length ? ` (missing: ${missingCategories.join(', ')})` : ''}\n` +
      (gaps.length ? `coverage gaps:\n  ${gaps.join('\n  ')}\n` : 'coverage: complete\n'),
  )
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
  process.exitCode = 1
}
