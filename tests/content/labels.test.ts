import { readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import t from 'tap'
import { contentProblems, disclosurePhrase, phoneNumberIn, sexualContentWord, warningsImplyingSensitive, type PromptLike, type RuleName } from '../../src/content/check/rules.js'
import { loadContent } from '../../src/content/load-content.js'
import { contentWarnings, directions, mildWarnings } from '../../src/content/vocabulary.js'
import { build, copyContent, drivers } from '../helpers/build.js'
import { contentProblemsOf as problemsOf, newPrompt } from '../helpers/content.js'
import { bearer, createKey } from '../helpers/keys.js'

type Json = Record<string, any>
const labelRules: RuleName[] = [
  'deep-not-sensitive',
  'warning-not-sensitive',
  'sexual-content-without-warning',
  'missing-mother-note',
  'missing-safeguarding-note',
  'disclosure-phrase-without-note',
]

/** The rules a lone prompt breaks. */
const rulesBroken = (prompt: PromptLike) => contentProblems([{ file: 'prompts/test.json', field: 'prompts.0', content: prompt }], []).map((problem) => problem.rule)

t.test('each label rule fails the import, naming the file, the item and the rule', async (t) => {
  const folder = await copyContent(t)
  const file = 'prompts/communication.json'
  const path = join(folder, file)
  const content = JSON.parse(await readFile(path, 'utf8')) as { prompts: Json[] }
  const light = (direction: string) =>
    content.prompts.findIndex((prompt) => prompt.direction === direction && prompt.depth === 1 && !prompt.sensitive && prompt.followUps.length === 0)
  // A son-to-mother prompt made deep: not sensitive, and no note for the mother.
  const deep = content.prompts.findIndex((prompt) => prompt.direction === 'son-to-mother' && prompt.responseTip && !prompt.sensitive)
  Object.assign(content.prompts[deep]!, { depth: 3 })
  // A light prompt given a warning that is never mild.
  const warned = light('mother-to-son')
  Object.assign(content.prompts[warned]!, { contentWarnings: ['grief-and-loss'] })
  // A light prompt about consent, labelled only romance (mild at depth 1).
  const sexual = content.prompts.findIndex((prompt, index) => index !== warned && prompt.direction === 'mother-to-son' && prompt.depth === 1 && !prompt.sensitive)
  Object.assign(content.prompts[sexual]!, { text: 'What do you think consent means?', contentWarnings: ['romance'] })
  // A light prompt that asks whether he feels unsafe, with no note.
  const checkIn = content.prompts.findIndex(
    (prompt, index) => index !== warned && index !== sexual && prompt.direction !== 'son-to-mother' && prompt.depth === 1 && !prompt.safeguardingNote,
  )
  Object.assign(content.prompts[checkIn]!, { text: 'Does anything on your walk to school make you feel unsafe?' })
  await writeFile(path, JSON.stringify(content, null, 2))

  const problems = await problemsOf(folder)
  const at = (index: number) => `${file}: prompts.${index} (${content.prompts[index]!.slug})`
  t.ok(problems.some((problem) => problem.startsWith(`deep-not-sensitive ${at(deep)}`)), 'depth 3 without sensitive')
  t.ok(problems.some((problem) => problem.startsWith(`missing-mother-note ${at(deep)}`)), 'deep son-to-mother prompt without a motherNote')
  t.ok(problems.some((problem) => problem.startsWith(`warning-not-sensitive ${at(warned)}`) && problem.includes('grief-and-loss')), 'warning without sensitive')
  t.ok(problems.some((problem) => problem.startsWith(`sexual-content-without-warning ${at(sexual)}`) && problem.includes('"consent"')), 'sexual content')
  t.notOk(problems.some((problem) => problem.startsWith(`warning-not-sensitive ${at(sexual)}`)), 'romance at depth 1 is mild')
  t.ok(problems.some((problem) => problem.startsWith(`disclosure-phrase-without-note ${at(checkIn)}`)), 'a disclosure phrase without a note')
  t.equal(problems.length, 5, problems.join('\n'))
})

t.test('the bundled content keeps the label rules', async (t) => {
  const docs = await loadContent()
  const prompts = docs.filter((doc) => doc.type === 'prompt').map((doc) => ({ file: doc.id, field: doc.id, content: doc.body as unknown as PromptLike }))
  t.same(
    contentProblems(prompts, []).filter((problem) => labelRules.includes(problem.rule)),
    [],
  )
  const bodies = prompts.map((item) => item.content)
  const bySlug = new Map(bodies.map((prompt) => [prompt.slug, prompt]))
  // What the review named, labelled as it asked.
  for (const slug of ['has-anyone-pushed-you-further-than-you-wanted', 'how-can-you-tell-someone-is-really-okay-with-it']) {
    t.ok(bySlug.get(slug)!.contentWarnings!.includes('sexual-health'), `${slug}: sexual-health`)
  }
  for (const slug of ['how-are-you-doing-one-to-ten', 'do-you-feel-i-care-more-about-grades-than-you']) {
    t.ok(bySlug.get(slug)!.contentWarnings!.includes('mental-health'), `${slug}: mental-health`)
  }
  t.ok(bySlug.get('mom-who-helped-our-family')!.contentWarnings!.includes('money-worries'))
  for (const slug of [
    'how-are-you-doing-one-to-ten',
    'song-that-says-how-you-feel',
    'did-i-hurt-your-feelings-this-week',
    'what-makes-it-easier-to-tell-me-hard-things',
    'what-calms-the-worry-before-a-big-test',
    'feelings-guys-are-not-supposed-to-show',
  ]) {
    t.ok(bySlug.get(slug)!.safeguardingNote, `${slug}: safeguarding note`)
  }
  t.equal(bodies.filter((prompt) => prompt.motherNote).length >= 23, true, 'the 23 son-to-mother prompts the review named have a note for the mother')
  for (const prompt of bodies) {
    for (const note of [prompt.safeguardingNote, prompt.motherNote]) {
      if (note) t.equal(phoneNumberIn(note), null, `${prompt.slug}: a note names no number (numbers are per region, in resources)`)
    }
  }
})

const promptArbitrary = fc.record({
  slug: fc.constant('generated-prompt'),
  text: fc.constantFrom('What made you laugh today?', 'What do you hope for next year?', 'What is hard about this week?'),
  followUps: fc.constant([] as string[]),
  ageMin: fc.constant(10),
  ageMax: fc.constant(99),
  depth: fc.integer({ min: 1, max: 3 }),
  direction: fc.constantFrom(...directions),
  sensitive: fc.boolean(),
  settings: fc.constant(['walk'] as string[]),
  responseTip: fc.constant('Listen first, then share one thing of your own.'),
  safeguardingNote: fc.option(fc.constant('Listen, thank him, and talk with the school counselor if it is serious.'), { nil: undefined }),
  motherNote: fc.option(fc.constant('Share what fits his age and keep adult worries for adults.'), { nil: undefined }),
  contentWarnings: fc.uniqueArray(fc.constantFrom(...contentWarnings), { maxLength: 4 }),
})

t.test('property: a prompt at depth 3, or with a warning that is not mild, is refused unless sensitive', async () => {
  fc.assert(
    fc.property(promptArbitrary, (prompt) => {
      const mildUpTo = mildWarnings as Partial<Record<string, number>>
      const heavyWarning = prompt.contentWarnings.some((warning) => prompt.depth > (mildUpTo[warning] ?? 0))
      const broken = rulesBroken(prompt)
      const refused = broken.includes('deep-not-sensitive') || broken.includes('warning-not-sensitive')
      return refused === (!prompt.sensitive && (prompt.depth === 3 || heavyWarning))
    }),
  )
})

t.test('property: a heavy prompt is refused without the note its speaker needs', async () => {
  fc.assert(
    fc.property(promptArbitrary, (prompt) => {
      const broken = rulesBroken(prompt)
      const heavy = prompt.depth === 3 || prompt.sensitive
      const sonAsks = prompt.direction === 'son-to-mother'
      return (
        broken.includes('missing-safeguarding-note') === (heavy && !sonAsks && !prompt.safeguardingNote) &&
        broken.includes('missing-mother-note') === (heavy && sonAsks && !prompt.motherNote)
      )
    }),
  )
})

t.test('the safety nets: sexual-content words in the text or tip, disclosure phrases in the text; mild warnings', async (t) => {
  t.equal(sexualContentWord({ text: 'Has anyone pushed you to go further or faster than you wanted?' }), 'further or faster')
  t.equal(sexualContentWord({ text: 'How can you tell they’re really okay with what’s happening?' }), "okay with what's happening")
  t.equal(sexualContentWord({ text: 'What do you think of dating?', responseTip: 'Agree that consent can change.' }), 'consent')
  t.equal(sexualContentWord({ text: 'What did you learn in sex ed this week?' }), 'sex')
  for (const text of ['Who is your best friend?', 'What sets you apart?', 'What would you like to go further with in school?', 'Which sextet sounds best?']) {
    t.equal(sexualContentWord({ text }), null, text)
  }
  for (const text of ['How are you really doing this week?', 'What’s hard to say out loud?', 'Did I hurt your feelings today?', 'Do you ever feel lonely?']) {
    t.ok(disclosurePhrase(text), text)
  }
  for (const text of ['Can you show me your sad face?', 'What are you worried about today?', 'What was hard about practice?']) t.equal(disclosurePhrase(text), null, text)
  t.same(warningsImplyingSensitive({ depth: 1, contentWarnings: ['romance', 'separation-and-divorce', 'conflict'] }), ['conflict'])
  t.same(warningsImplyingSensitive({ depth: 2, contentWarnings: ['romance', 'separation-and-divorce'] }), ['separation-and-divorce'])
  t.same(warningsImplyingSensitive({ depth: 3, contentWarnings: ['romance'] }), ['romance'])
  t.same(warningsImplyingSensitive({ depth: 2 }), [], 'a body published before warnings existed')
})

for (const driver of drivers) {
  t.test(`the motherNote is served on REST and GraphQL, and publishing without one is refused, on ${driver}`, async (t) => {
    const app = await build(t, driver, { env: { NODE_ENV: 'production' } })
    const reader = bearer(await createKey(app, { scopes: ['content:read'] }))
    const slug = 'mom-tell-me-about-a-time-you-were-really-scared'
    const file = (await loadContent()).find((doc) => doc.id === `prompt:${slug}`)!.body as Json
    t.ok(file.motherNote)
    const rest = await app.inject({ url: `/v1/prompts/${slug}`, headers: reader })
    t.equal(rest.statusCode, 200)
    t.equal(rest.json().motherNote, file.motherNote)
    t.equal(rest.json().sensitive, true)
    const light = await app.inject({ url: '/v1/prompts/what-made-you-laugh-today', headers: reader })
    t.equal(light.statusCode, 200)
    t.notOk('motherNote' in light.json(), 'a light prompt has none')
    const query = `{ a: prompt(slug: "${slug}") { motherNote contentWarnings } b: prompt(slug: "what-made-you-laugh-today") { motherNote } }`
    const data = await (async () => {
      const response = await app.inject({ method: 'POST', url: '/graphql', headers: reader, payload: { query } })
      return response.json().data as Json
    })()
    t.equal(data.a.motherNote, file.motherNote)
    t.same(data.a.contentWarnings, file.contentWarnings)
    t.equal(data.b.motherNote, null)

    const writer = bearer(await createKey(app, { name: 'Ana (editor)', scopes: ['content:write'] }))
    const publisher = bearer(await createKey(app, { name: 'Ben (publisher)', scopes: ['content:publish'] }))
    const call = (method: string, url: string, headers: Record<string, string>, payload?: unknown) =>
      app.inject({ method: method as 'GET', url, headers, ...(payload === undefined ? {} : { payload: payload as object }) })
    const id = 'prompt:mom-what-scared-you-as-a-kid'
    const created = await call('POST', '/v1/admin/documents', writer, {
      type: 'prompt',
      content: newPrompt('mom-what-scared-you-as-a-kid', 'Mom, what scared you most when you were a kid?', {
        direction: 'son-to-mother',
        depth: 3,
        sensitive: true,
        ageMin: 10,
        responseTip: 'Pick a fear that ended well and say what helped.',
      }),
    })
    t.equal(created.statusCode, 201, created.payload)
    await call('POST', `/v1/admin/documents/${id}/submit`, writer, {})
    await call('POST', `/v1/admin/documents/${id}/approve`, publisher, {})
    const refused = await call('POST', '/v1/admin/releases', publisher, { note: 'no mother note' })
    t.equal(refused.statusCode, 422, refused.payload)
    t.match(refused.json().errors, [{ field: id, message: /motherNote \[missing-mother-note\]/ }])
  })
}
