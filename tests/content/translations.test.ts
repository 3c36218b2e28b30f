// Translations (issue 26, first step): the files under content/translations/<locale>/ hold only text
// fields, the English revision they were made from and their review state; content:check says which are
// complete, current and approved, and refuses what a Spanish reader would refuse.
import { execFile } from 'node:child_process'
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { promisify } from 'node:util'
import fc from 'fast-check'
import t from 'tap'
import { ContentSchemaError, loadContent } from '../../src/content/load-content.js'
import { nearDuplicates, type PromptLike } from '../../src/content/check/rules.js'
import { formalOrPeninsular, inflesz, readTranslations, spanishContentWords, spanishSyllables } from '../../src/content/translations/check.js'
import { sourceRevision, textFields } from '../../src/content/translations/files.js'
import { contentWarnings, situations, themes } from '../../src/content/vocabulary.js'
import { copyContent } from '../helpers/build.js'
import { editContentFile as edit } from '../helpers/content.js'

type Json = Record<string, any>
const run = promisify(execFile)
const englishText: Json = Object.fromEntries(
  (await loadContent()).filter((doc) => doc.type === 'prompt').map((doc) => [doc.slug, (doc.body as Json).text]),
)

t.test('the bundled Spanish: every translation complete, current and approved, and no rule broken', async (t) => {
  const folder = await copyContent(t)
  const report = await readTranslations(folder, await loadContent(folder))
  t.same(report.problems, [])
  const counts = (type: string) => report.statuses.filter((status) => status.type === type).length
  t.same([counts('topic'), counts('prompt'), counts('activity')], [1, 20, 5], 'the guide’s first topic, 20 prompts, 5 activities')
  t.same(
    report.statuses.filter((status) => !status.complete || status.outdated || status.review !== 'approved').map((status) => status.slug),
    [],
  )
  const labels = report.labels.es as Json
  for (const [group, values] of [
    ['contentWarnings', contentWarnings],
    ['situations', situations],
    ['themes', themes],
  ] as const) {
    t.same(Object.keys(labels[group]).sort(), [...values].sort(), `a Spanish label for every ${group} value`)
  }
  const { stdout } = await run(process.execPath, ['--import', 'tsx', 'src/cli/check-content.ts', folder])
  t.match(stdout, /translations: es .*\n\s+topics\s+1 \/ 1 \/ 9\s+1\n\s+prompts\s+20 \/ 20 \/ \d+\s+20\n\s+activities\s+5 \/ 5 \/ \d+\s+5/)
})

t.test('editing the English makes its translation outdated (text changed) or incomplete (field added); other fields do neither', async (t) => {
  const folder = await copyContent(t)
  const spanish = JSON.parse(await readFile(join(folder, 'translations/es/prompts.json'), 'utf8')) as Json
  const [reworded, gainsNote, reaged] = spanish.prompts.filter((item: Json) => !item.safeguardingNote).map((item: Json) => item.slug as string)
  const status = async (slug: string) => (await readTranslations(folder, await loadContent(folder))).statuses.find((entry) => entry.slug === slug)!
  const editPrompt = async (slug: string, change: (prompt: Json) => void) => {
    for (const name of await readdir(join(folder, 'prompts'))) {
      const content = JSON.parse(await readFile(join(folder, 'prompts', name), 'utf8')) as Json
      if (content.prompts.some((prompt: Json) => prompt.slug === slug)) {
        return edit(folder, `prompts/${name}`, (json) => change(json.prompts.find((prompt: Json) => prompt.slug === slug)))
      }
    }
    throw new Error(`no prompt ${slug}`)
  }
  await editPrompt(reworded!, (prompt) => (prompt.text = `${prompt.text.replace(/\?$/, '')}, do you think?`))
  t.match(await status(reworded!), { complete: true, outdated: true })
  await editPrompt(gainsNote!, (prompt) => (prompt.motherNote = 'Answer honestly, at his age, and keep adult worries for adults.'))
  t.match(await status(gainsNote!), { complete: false, outdated: true, missing: ['motherNote'] })
  await editPrompt(reaged!, (prompt) => (prompt.ageMax = prompt.ageMax - 1))
  t.match(await status(reaged!), { complete: true, outdated: false }, 'ages are not text: the translation stays current')
})

t.test('property: the source revision changes exactly when a text field changes', async () => {
  const body = fc.record({
    text: fc.string({ minLength: 1 }),
    responseTip: fc.option(fc.string({ minLength: 1 }), { nil: undefined }),
    ageMin: fc.integer({ min: 3, max: 99 }),
    depth: fc.constantFrom(1, 2, 3),
  })
  fc.assert(
    fc.property(body, body, (a, b) => {
      const textChanged = textFields.prompt.some((field) => (a as Json)[field] !== (b as Json)[field])
      return (sourceRevision('prompt', a) !== sourceRevision('prompt', b)) === textChanged
    }),
  )
})

t.test('each Spanish rule refuses what it names, in the file and item it names', async (t) => {
  const folder = await copyContent(t)
  await edit(folder, 'translations/es/prompts.json', (json) => {
    const [first, second, third, fourth] = json.prompts
    first.text = first.text.replace(/¿/g, '')
    second.responseTip = 'Escuche con calma y dígale que usted lo quiere.'
    third.responseTip = 'Dile que le mandas un mensaje al móvil.'
    fourth.text = englishText[fourth.slug]
  })
  const problems = (await readTranslations(folder, await loadContent(folder))).problems.map((problem) => `${problem.rule} ${problem.where}`)
  t.match(problems.join('\n'), /es-question-marks translations\/es\/prompts\.json: prompts\.0\.text/)
  t.match(problems.join('\n'), /es-usted-or-vosotros translations\/es\/prompts\.json: prompts\.1\.responseTip/)
  t.match(problems.join('\n'), /es-spain-only-word translations\/es\/prompts\.json: prompts\.2\.responseTip/)
  t.match(problems.join('\n'), /translation-untranslated translations\/es\/prompts\.json: prompts\.3\.text/)
})

t.test('a note with a number, a missing glossary term, a list of another length, an unknown slug', async (t) => {
  const folder = await copyContent(t)
  const spanish = JSON.parse(await readFile(join(folder, 'translations/es/prompts.json'), 'utf8')) as Json
  const noted = spanish.prompts.findIndex((item: Json) => /consejer/i.test(item.safeguardingNote ?? ''))
  t.ok(noted >= 0, 'a bundled note names the school counselor')
  await edit(folder, 'translations/es/prompts.json', (json) => {
    json.prompts[noted].safeguardingNote = 'Escúchalo con calma. Si te preocupa, habla con su maestra o llama al 988 con él.'
    json.prompts.push({ ...json.prompts[0], slug: 'no-such-prompt' })
  })
  await edit(folder, 'translations/es/activities.json', (json) => json.activities[0].steps.pop())
  const problems = (await readTranslations(folder, await loadContent(folder))).problems.map((problem) => problem.rule)
  t.ok(problems.includes('number-in-note'))
  t.ok(problems.includes('es-glossary'), 'the English names the school counselor; the Spanish must too')
  t.ok(problems.includes('translation-shape'))
  t.ok(problems.includes('translation-unknown-slug'))
})

t.test('a translation file of the wrong shape is a schema problem naming the field', async (t) => {
  const folder = await copyContent(t)
  await edit(folder, 'translations/es/prompts.json', (json) => {
    json.prompts[0].ageMin = 4
    json.prompts[1].source = 'not-a-revision'
  })
  const error = await readTranslations(folder, await loadContent(folder)).catch((caught: unknown) => caught)
  t.ok(error instanceof ContentSchemaError)
  const fields = (error as ContentSchemaError).problems.map((problem) => problem.where)
  t.ok(fields.some((where) => where.includes('prompts.0')), 'a field that is not text is refused')
  t.ok(fields.some((where) => where.includes('prompts.1.source')))
})

t.test('Spanish syllables and INFLESZ', async (t) => {
  const words: [string, number][] = [
    ['día', 2],
    ['cuidado', 3],
    ['leer', 2],
    ['país', 2],
    ['ciudad', 2],
    ['buey', 1],
    ['que', 1],
    ['guitarra', 3],
    ['pingüino', 3],
    ['hoy', 1],
    ['y', 1],
    ['ahora', 3],
    ['murciélago', 4],
    ['mamá', 2],
    ['canción', 2],
    ['aéreo', 4],
  ]
  for (const [word, syllables] of words) t.equal(spanishSyllables(word), syllables, word)
  t.ok(inflesz('¿Qué te hizo reír hoy?') >= 80, 'a short question for a child is muy fácil')
  t.ok(inflesz('¿Cuáles consideras que fueron las circunstancias determinantes de nuestra comunicación intergeneracional?') < 55, 'a long abstract one is not')
  t.equal(formalOrPeninsular('Ustedes dos pueden salir juntos.'), null, 'ustedes is the US plural')
  t.equal(formalOrPeninsular('Pasaron muchos años.'), null, 'años is not the pronoun os')
  t.equal(formalOrPeninsular('¿Os gusta?'), 'Os')
})

t.test('near-duplicates in Spanish: the English rule with Spanish words (Snowball stemming), and the same family gate', async (t) => {
  const folder = await copyContent(t)
  const docs = await loadContent(folder)
  const spanish = JSON.parse(await readFile(join(folder, 'translations/es/prompts.json'), 'utf8')) as Json
  const byId = new Map(docs.map((doc) => [doc.id, doc.body as unknown as PromptLike]))
  const bundled = spanish.prompts.map((item: Json) => ({ ...byId.get(`prompt:${item.slug}`)!, text: item.text as string }))
  t.same(nearDuplicates(bundled, undefined, spanishContentWords), [], 'the bundled Spanish restates nothing')
  const like = (slug: string, text: string, ageMin = 8): PromptLike => ({ slug, text, followUps: [], ageMin, ageMax: 99, depth: 1, direction: 'son-to-mother', sensitive: false, settings: ['meal'] })
  const a = like('restated-a', 'Mamá, ¿qué te encantaba jugar cuando eras pequeña como yo?')
  const b = like('restated-b', 'Mamá, ¿a qué te encantaba jugar cuando eras pequeña?')
  t.same(
    nearDuplicates([...bundled, a, b], undefined, spanishContentWords).map(([x, y]) => [x, y]),
    [['restated-a', 'restated-b']],
  )
  t.same(nearDuplicates([...bundled, a, { ...b, ageMin: 3, ageMax: 7 }], undefined, spanishContentWords), [], 'split by age, both stay')
  t.same([...spanishContentWords('Mamá, ¿a qué te encantaba jugar cuando eras pequeña?')].sort(), ['encant', 'jug', 'pequeñ'])
})
