import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { ContentError, loadContent } from '../../src/content/load-content.js'
import { contentFolder } from '../../src/paths.js'
import { copyContent } from '../helpers/build.js'

const normalise = (text: string) => text.replace(/\s+/g, ' ').trim()

t.test('the bundled guide is the client\'s text, complete, in order, never paraphrased', async (t) => {
  const source = await readFile(join(contentFolder, 'source/strengthening-bonds-guide.txt'), 'utf8')
  const sourceParagraphs = source.split(/\n\s*\n/).map(normalise).filter(Boolean)
  const docs = await loadContent()
  const byType = (type: string) => docs.filter((doc) => doc.type === type)
  t.equal(byType('topic').length, 9, 'nine topics')
  t.equal(byType('faq').length, 3, 'three FAQs')
  t.same(byType('section').map((doc) => doc.slug), ['introduction', 'conclusion'])

  // Rebuild the guide from the structured content and compare it with the source, block by block.
  const rebuilt: string[] = []
  const body = (doc: (typeof docs)[number]) => doc.body as Record<string, unknown>
  const intro = body(docs.find((doc) => doc.id === 'guide:introduction')!)
  rebuilt.push(intro.title as string, ...(intro.paragraphs as string[]), intro.topicsHeading as string)
  for (const topic of byType('topic')) {
    const content = body(topic)
    rebuilt.push(`${content.number as number}. ${content.title as string}`, ...(content.paragraphs as string[]))
    const text = normalise((content.paragraphs as string[]).join(' '))
    t.ok(text.includes(normalise(content.summary as string)), `${topic.id}: summary is quoted from the topic`)
    for (const point of content.keyPoints as string[]) t.ok(text.includes(normalise(point)), `${topic.id}: key point is quoted`)
  }
  rebuilt.push(...(body(docs.find((doc) => doc.id === 'guide:conclusion')!).paragraphs as string[]))
  for (const faq of byType('faq')) rebuilt.push(body(faq).question as string, body(faq).answer as string)
  t.same(rebuilt.map(normalise), sourceParagraphs, 'every block of the source, and nothing else')
})

t.test('importing is deterministic: the same files give the same hashes', async (t) => {
  const first = await loadContent()
  const second = await loadContent()
  t.same(first.map((doc) => doc.contentHash), second.map((doc) => doc.contentHash))
  t.equal(new Set(first.map((doc) => doc.contentHash)).size, first.length)
})

t.test('a bad content file fails with its file and field named', async (t) => {
  const folder = await copyContent(t)
  const file = join(folder, 'topics/04-boundaries.json')
  const topic = JSON.parse(await readFile(file, 'utf8'))
  await writeFile(file, JSON.stringify({ ...topic, competencies: ['telepathy'] }))
  await t.rejects(loadContent(folder), { name: 'ContentError', message: /topics\/04-boundaries\.json: competencies\.0/ })

  await writeFile(file, JSON.stringify({ ...topic, surprise: true }))
  await t.rejects(loadContent(folder), { message: /04-boundaries\.json: .*surprise/ })

  await writeFile(file, '{ not json')
  await t.rejects(loadContent(folder), { message: /04-boundaries\.json/ })

  await writeFile(file, JSON.stringify({ ...topic, slug: 'communication' }))
  await t.rejects(loadContent(folder), { message: /slug: "communication" is already used/ })
})

t.test('an FAQ that names a topic that does not exist fails the import', async (t) => {
  const folder = await copyContent(t)
  const file = join(folder, 'faqs/1-encouraging-open-communication.json')
  const faq = JSON.parse(await readFile(file, 'utf8'))
  await writeFile(file, JSON.stringify({ ...faq, topics: ['astrology'] }))
  const error = await loadContent(folder).catch((caught: unknown) => caught)
  t.ok(error instanceof ContentError)
  t.match((error as Error).message, /faqs\/1-encouraging-open-communication\.json: topics\.0: no topic has the slug "astrology"/)
})

t.test('a missing folder is named', async (t) => {
  const folder = await copyContent(t)
  await rm(join(folder, 'faqs'), { recursive: true })
  await t.rejects(loadContent(folder), { message: /faqs\/: folder is missing/ })
})
