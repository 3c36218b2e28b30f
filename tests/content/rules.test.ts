import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import fc from 'fast-check'
import t from 'tap'
import { contentProblems, contentWords, followUpCycles, nearDuplicates, type PromptLike } from '../../src/content/check/rules.js'
import { prefixProblem, ukSpellings } from '../../src/content/check/wording.js'
import { loadContent } from '../../src/content/load-content.js'
import { copyContent } from '../helpers/build.js'
import { editContentFile as edit, contentProblemsOf as problemsOf } from '../helpers/content.js'

const run = promisify(execFile)
type Json = Record<string, any>

/** A prompt for the checker, everything but its slug, text and follow-ups set to neutral values. */
const promptLike = (slug: string, text: string, followUps: string[] = []): PromptLike => ({
  slug,
  text,
  followUps,
  ageMin: 3,
  ageMax: 99,
  depth: 1,
  direction: 'either',
  sensitive: false,
  settings: ['meal'],
})

t.test('the bundled content keeps every rule, and content:check prints its coverage', async (t) => {
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/check-content.ts'])
  for (const table of ['prompts by topic', 'prompts by age band', 'prompts by depth', 'prompts by purpose', 'prompts by content warning']) {
    t.match(stdout, table)
  }
  t.match(stdout, /rule problems\n(\s+[a-z0-9-]+\s+0\n)+/)
  t.notMatch(stdout, /coverage gaps/)
})

t.test('each rule fails the import, naming the file and the item', async (t) => {
  const folder = await copyContent(t)
  const prompts = 'prompts/communication.json'
  const file = JSON.parse(await readFile(join(folder, prompts), 'utf8')).prompts as Json[]
  const young = file.findIndex((prompt) => prompt.ageMin <= 5 && prompt.direction !== 'son-to-mother' && !prompt.sensitive)
  const youngSlug = file[young]!.slug
  await edit(folder, prompts, (content) => {
    const prompt = content.prompts[young]
    prompt.text = 'What did you build today? Who helped you?'
  })
  const activities = 'activities/art.json'
  await edit(folder, activities, (content) => {
    content.activities[0].topics[0].why = 'The guide says making things together helps.'
    content.activities[0].description = `${content.activities[0].description} Pick your favourite colours.`
  })
  const problems = await problemsOf(folder)
  t.ok(problems.some((problem) => problem.startsWith(`two-questions-for-ages-3-5 ${prompts}: prompts.${young} (${youngSlug})`)), 'two questions')
  t.ok(problems.some((problem) => problem.startsWith(`reason-says-the-guide ${activities}: activities.0`)), '"the guide"')
  t.ok(problems.some((problem) => problem.startsWith(`uk-spelling ${activities}: activities.0`) && problem.includes('favourite')), 'UK spelling')

  const cli = await run(process.execPath, ['--import', 'tsx', 'src/cli/check-content.ts', folder]).catch((error) => error)
  t.equal(cli.code, 1, 'content:check exits 1')
  t.match(cli.stdout, `${prompts}: prompts.${young} (${youngSlug})`)
})

t.test('every prompt needs a response tip, at every depth', async (t) => {
  const folder = await copyContent(t)
  const file = 'prompts/communication.json'
  const prompts = JSON.parse(await readFile(join(folder, file), 'utf8')).prompts as Json[]
  const light = prompts.findIndex((prompt) => prompt.depth === 1)
  await edit(folder, file, (content) => {
    delete content.prompts[light].responseTip
  })
  await t.rejects(loadContent(folder), { name: 'ContentError', message: `${file}: prompts.${light}.responseTip: every prompt needs a responseTip, at any depth` })

  // The rule itself, for content that reaches it without the file schema (a release being published).
  const tipProblems = (prompt: PromptLike) =>
    contentProblems([{ file, field: 'prompts.0', content: prompt }], [])
      .filter((problem) => problem.rule === 'missing-response-tip')
      .map((problem) => problem.where)
  for (const depth of [1, 2, 3]) {
    const tipless = { ...promptLike('no-tip-here', 'What was the best part of today?'), depth }
    t.same(tipProblems(tipless), [`${file}: prompts.0 (no-tip-here)`], `depth ${depth}`)
    t.same(tipProblems({ ...tipless, responseTip: 'Share your own best part too.' }), [], `depth ${depth} with a tip`)
  }
})

t.test('follow-ups: speaker, ages, escalation and loops', async (t) => {
  const folder = await copyContent(t)
  const file = 'prompts/appreciation-and-repair.json'
  const prompts = JSON.parse(await readFile(join(folder, file), 'utf8')).prompts as Json[]
  const mother = prompts.findIndex((prompt) => prompt.direction === 'mother-to-son' && !prompt.sensitive)
  const son = prompts.find((prompt) => prompt.direction === 'son-to-mother')!
  const sensitive = prompts.find((prompt) => prompt.sensitive && prompt.direction !== 'son-to-mother' && prompt.slug !== prompts[mother]!.slug)!
  await edit(folder, file, (content) => {
    content.prompts[mother].followUps = [son.slug, sensitive.slug]
  })
  const problems = await problemsOf(folder)
  const at = `${file}: prompts.${mother} (${prompts[mother]!.slug})`
  t.ok(problems.some((problem) => problem.startsWith(`follow-up-switches-speaker ${at}`)))
  t.ok(problems.some((problem) => problem.startsWith(`follow-up-escalates-to-sensitive ${at}`)))
})

t.test('ids with a file or batch prefix are refused; real short words are not', async (t) => {
  for (const slug of ['aa-bravest-thing-today', 'co-dream', 'b2-what-now', 'batch-one', 'x-thing']) t.ok(prefixProblem(slug), slug)
  for (const slug of ['what-made-you-laugh-today', 'a-dream-you-have-not-told', 'if-you-could-ask-me-anything', 'mom-what-were-you-like']) {
    t.equal(prefixProblem(slug), null, slug)
  }
  fc.assert(
    fc.property(fc.stringMatching(/^[a-z]{3,12}(-[a-z]{2,10}){0,4}$/), (slug) => prefixProblem(slug) === null),
  )
})

t.test('UK spellings are found in their inflections; US forms pass', async (t) => {
  t.same(ukSpellings('My favourite colours; we organised the theatre and travelled to the centre.'), ['favourite', 'colours', 'organised', 'theatre', 'centre', 'travelled'])
  t.same(ukSpellings('My favorite colors; we organized the theater and traveled to the center. Practice, gray, mom, fall.'), [])
})

t.test('follow-up loops are found whatever their length', async () => {
  const graphs = fc
    .integer({ min: 1, max: 8 })
    .chain((size) => fc.tuple(fc.constant(size), fc.array(fc.tuple(fc.nat(size - 1), fc.nat(size - 1)), { maxLength: 14 })))
  fc.assert(
    fc.property(graphs, ([size, edges]) => {
      const prompts = Array.from({ length: size }, (_, index) =>
        promptLike(`p${index}`, 'x', [...new Set(edges.filter(([from, to]) => from === index && from !== to).map(([, to]) => `p${to}`))]),
      )
      // Reference: a graph has a cycle exactly when repeatedly removing nodes without incoming edges leaves some.
      let left = prompts.map((prompt) => prompt.slug)
      for (;;) {
        const incoming = new Set(prompts.filter((prompt) => left.includes(prompt.slug)).flatMap((prompt) => prompt.followUps))
        const next = left.filter((slug) => incoming.has(slug))
        if (next.length === left.length) break
        left = next
      }
      return (followUpCycles(prompts).length > 0) === (left.length > 0)
    }),
  )
})

t.test('near-duplicates: the restatements of the November 2026 review are caught; the revised content has none', async (t) => {
  const bundled = (await loadContent()).filter((doc) => doc.type === 'prompt').map((doc) => doc.body as unknown as PromptLike)
  t.same(nearDuplicates(bundled), [], 'no two bundled prompts restate each other')
  const restatements: [string, string][] = [
    ["What's something brave you did today, even a tiny bit brave?", 'What was the bravest thing you did today? How did it feel right before you did it?'],
    ['If your feelings today were a color, what color would they be?', 'If your feeling right now were a color, which color would it be? Why that one?'],
    ['Mom, what did you love to play when you were little like me?', 'Mom, what did you love to play when you were little?'],
  ]
  for (const [a, b] of restatements) {
    // Against the whole bundled corpus, so the word weights are the real ones.
    const pairs = nearDuplicates([...bundled, promptLike('restated-a', a), promptLike('restated-b', b)])
    t.ok(pairs.some(([x, y]) => x === 'restated-a' && y === 'restated-b'), `${a} / ${b}`)
  }
  t.same([...contentWords('Mom, what did you love to play when you were little?')].sort(), ['littl', 'lov', 'play'])
})

t.test('near-duplicates: a restatement is one only for the same family; split by age or by who asks, both stay', async () => {
  const bundled = (await loadContent()).filter((doc) => doc.type === 'prompt').map((doc) => doc.body as unknown as PromptLike)
  const a = 'Mom, what did you love to play when you were little like me?'
  const b = 'Mom, what did you love to play when you were little?'
  const direction = fc.constantFrom('mother-to-son', 'son-to-mother', 'either')
  const range = fc.tuple(fc.integer({ min: 3, max: 99 }), fc.integer({ min: 3, max: 99 })).map(([x, y]) => [Math.min(x, y), Math.max(x, y)] as const)
  fc.assert(
    fc.property(range, range, direction, direction, ([minA, maxA], [minB, maxB], directionA, directionB) => {
      const pairs = nearDuplicates([
        ...bundled,
        { ...promptLike('restated-a', a), ageMin: minA, ageMax: maxA, direction: directionA },
        { ...promptLike('restated-b', b), ageMin: minB, ageMax: maxB, direction: directionB },
      ])
      const flagged = pairs.some(([x, y]) => x === 'restated-a' && y === 'restated-b')
      const sameFamily = minA <= maxB && minB <= maxA && (directionA === directionB || directionA === 'either' || directionB === 'either')
      return flagged === sameFamily
    }),
    { numRuns: 40 },
  )
})

t.test('topic life stages: a topic lists exactly the stages its prompts and activities reach', async (t) => {
  const folder = await copyContent(t)
  t.same(await problemsOf(folder), [], 'the bundled topics match their content')
  await edit(folder, 'topics/06-legacy.json', (topic) => (topic.lifeStages = ['teens', 'young-adults', 'adult-sons']))
  t.same(await problemsOf(folder), [
    'topic-stages-differ topics/06-legacy.json: lifeStages (legacy): has prompts or activities for early-childhood, school-age, tweens but does not list those life stages',
  ])
  // Take every prompt and activity link for ages 3-5 off the topic "legacy" and give the stage back: now it lists a stage it has nothing for.
  await edit(folder, 'topics/06-legacy.json', (topic) => (topic.lifeStages = ['early-childhood', 'school-age', 'tweens', 'teens', 'young-adults', 'adult-sons']))
  for (const kind of ['prompts', 'activities'] as const) {
    for (const file of await readdir(join(folder, kind))) {
      await edit(folder, `${kind}/${file}`, (content) => {
        for (const item of content[kind]) {
          if (item.ageMin > 5) continue
          if (kind === 'prompts' && item.topics.includes('legacy') && item.topics.length > 1) item.topics = item.topics.filter((topic: string) => topic !== 'legacy')
          else if (kind === 'prompts' && item.topics.includes('legacy')) item.ageMin = 6
          if (kind === 'activities' && item.topics.some((link: Json) => link.topic === 'legacy')) item.ageMin = 6
        }
      })
    }
  }
  t.same((await problemsOf(folder)).filter((line) => line.startsWith('topic-stages-differ')), [
    'topic-stages-differ topics/06-legacy.json: lifeStages (legacy): lists early-childhood with no prompt or activity for that stage',
  ])
})
