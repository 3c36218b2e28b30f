import fc from 'fast-check'
import t from 'tap'
import { contentProblems, MESSAGE_MIN_AGE, READ_ALONE_MAX_GRADE, type PromptLike } from '../../src/content/check/rules.js'
import { questionsAsked } from '../../src/content/check/wording.js'
import { contentDocument, loadContent } from '../../src/content/load-content.js'
import { readingGradeOf } from '../../src/content/types/derived.js'
import { promptType } from '../../src/content/types/index.js'
import { build, drivers } from '../helpers/build.js'
import { graphqlData } from '../helpers/graphql.js'

type Json = Record<string, any>

/** The 16 prompts for ages 3-5 that the December 2026 review read as asking two things, as they stood then. */
const reviewedDoubles = [
  'What was the best part and the hardest part of your day?',
  "What's one thing you're looking forward to today, and one thing you feel a bit worried about?",
  "Make a face for a feeling, and I'll guess it. Then tell me about the last time you felt that way.",
  "Would you rather be able to fly or talk to animals, and what's the first thing you'd do?",
  'If you could choose one dinner this week, what would it be, and which job would you like to do to make it?',
  'If the two of us had a theme song, what would it be, and why that one?',
  'Which part of this are you proudest of, and why?',
  'Which of our instruments sounds happy, which sounds grumpy, and which sounds sleepy?',
  'Which toy is the hardest one to give away, and what makes it special?',
  "What's one job here you could do on your own, and one we can only do together?",
  'How do you think this character is feeling right now, and what would you tell them?',
  'Which treasure in our collection is your favorite, and where were we when you found it?',
  'If the two of us had a secret club, what would we call it, and what would we do at our meetings?',
  'Where did we get stuck today, and what got us unstuck?',
  "Who did you meet today that you'd like to see again, and why?",
  'What will you miss most about our old home, and what should we keep doing in the new one?',
]

/** One thing asked, though some have two question marks, an "or", a list, or a second sentence. */
const singles = [
  'Would you rather be able to fly or talk to animals?',
  'Do you want a hug right now, or some space for a little while?',
  "What's a kind thing you did for someone today, or someone did for you?",
  'How does your body feel right now: wobbly, tired, bouncy, hot or calm?',
  'Can you show me your happy face, your sad face, and your grumpy face? Then I’ll show you mine.',
  "Let's each share one new thing we learned today. Who wants to go first?",
  "Which leaf looks the most like you? Then I'll find one that looks like me.",
  'Think of a friend you saw today. How could you tell how they were feeling before they said anything?',
  "When I ask 'how was your day?', what would you actually like me to ask instead?",
  'When you look up at all those stars, what do you wonder about?',
  'If you could choose one dinner this week, what would it be?',
  'Mom, when you were little, which grown-up did you love to talk to?',
  "Send me one word for how your day went, and I'll send you mine.",
  'When you want to be by yourself for a little while, what could you say or do so I know?',
  'Mom, do you want to talk now, or would you rather wait?',
]

t.test('questions are counted by meaning, not by question marks', async (t) => {
  for (const text of reviewedDoubles) t.ok(questionsAsked(text) >= 2, text)
  t.equal(questionsAsked('Which of our instruments sounds happy, which sounds grumpy, and which sounds sleepy?'), 3)
  t.equal(questionsAsked("Tell me about what you made. What's happening in it?"), 2, 'a request, then a question')
  t.equal(questionsAsked('Can you show me something you like and tell me why?'), 2, 'two requests in one question')
  for (const text of singles) t.equal(questionsAsked(text), 1, text)
  // The two single questions of the bundled content it counts as two (0.7%): documented, not hidden.
  t.equal(questionsAsked('When we try something new, which one of us reads the instructions first, and which one dives right in?'), 1, 'complementary halves', {
    todo: 'a pattern reader: answering one half answers the other',
  })
})

// Single questions from parts that contain no "and", "or" or second clause.
const subject = fc.constantFrom('you', 'we', 'they', 'your friend', 'the dog')
const verbPhrase = fc.constantFrom('like the park', 'see at school today', 'build with the blocks', 'feel after lunch', 'want to play next', 'make for dinner')
const whQuestion = fc
  .tuple(fc.constantFrom('What', 'Where', 'When', 'Why', 'How', 'Which toy', 'Who'), fc.constantFrom('did', 'do', 'would', 'can', 'will'), subject, verbPhrase)
  .map(([wh, aux, who, rest]) => `${wh} ${aux} ${who} ${rest}?`)
const yesNoQuestion = fc
  .tuple(fc.constantFrom('Did', 'Do', 'Would', 'Can', 'Will', 'Should'), subject, verbPhrase)
  .map(([aux, who, rest]) => `${aux} ${who} ${rest}?`)
const singleQuestion = fc.tuple(fc.oneof(whQuestion, yesNoQuestion), fc.boolean()).map(([text, mom]) => (mom ? `Mom, ${text[0]!.toLowerCase()}${text.slice(1)}` : text))
const lowerFirst = (text: string) => text.replace(/^Mom, /, '').replace(/^./, (c) => c.toLowerCase())

t.test('property: a generated single question is one; two joined with ", and" are always two', async () => {
  fc.assert(fc.property(singleQuestion, (text) => questionsAsked(text) === 1))
  fc.assert(fc.property(singleQuestion, singleQuestion, (a, b) => questionsAsked(`${a.slice(0, -1)}, and ${lowerFirst(b)}`) === 2))
  // Asked as two sentences, they are two as well.
  fc.assert(fc.property(singleQuestion, singleQuestion, (a, b) => questionsAsked(`${a} ${b.replace(/^Mom, /, '').replace(/^./, (c) => c.toUpperCase())}`) === 2))
})

const prompt = (fields: Partial<PromptLike>): PromptLike => ({
  slug: 'a-prompt',
  text: 'What made you laugh today?',
  followUps: [],
  ageMin: 3,
  ageMax: 99,
  depth: 1,
  direction: 'either',
  sensitive: false,
  settings: ['meal'],
  ...fields,
})
const rulesBroken = (fields: Partial<PromptLike>) => contentProblems([{ file: 'prompts/x.json', field: 'prompts.0', content: prompt(fields) }], []).map((p) => p.rule)

t.test('a son-to-mother prompt for ages 6-7 reads at grade 3 or below, or is read aloud', async (t) => {
  const hard = 'Mom, who used to make this dish when you were growing up, and what do you remember about their kitchen?'
  const easy = 'Mom, who made this dish when you were a kid?'
  t.ok(readingGradeOf(hard) > READ_ALONE_MAX_GRADE && readingGradeOf(easy) <= READ_ALONE_MAX_GRADE)
  const son = { direction: 'son-to-mother', ageMin: 6, text: hard }
  t.ok(rulesBroken(son).includes('hard-to-read-for-ages-6-7'), 'too hard to read alone')
  t.notOk(rulesBroken({ ...son, readAloud: true }).includes('hard-to-read-for-ages-6-7'), 'read aloud by the adult')
  t.notOk(rulesBroken({ ...son, text: easy }).includes('hard-to-read-for-ages-6-7'), 'simple words')
  t.notOk(rulesBroken({ ...son, ageMin: 8 }).includes('hard-to-read-for-ages-6-7'), 'from age 8')
  t.notOk(rulesBroken({ ...son, ageMin: 4, ageMax: 5 }).includes('hard-to-read-for-ages-6-7'), 'below 6 (another rule refuses it)')
  t.notOk(rulesBroken({ ...son, direction: 'mother-to-son' }).includes('hard-to-read-for-ages-6-7'), 'the mother reads her own')
  t.ok(rulesBroken({ ...son, ageMin: 7, ageMax: 7 }).includes('hard-to-read-for-ages-6-7'), 'age 7 alone')
})

t.test('property: the message setting starts at age 8', async () => {
  fc.assert(
    fc.property(fc.integer({ min: 3, max: 40 }), fc.constantFrom('mother-to-son', 'either'), (ageMin, direction) => {
      const broken = rulesBroken({ ageMin, direction, settings: ['meal', 'message'] }).includes('message-below-age-8')
      const without = rulesBroken({ ageMin, direction, settings: ['meal'] }).includes('message-below-age-8')
      return broken === ageMin < MESSAGE_MIN_AGE && !without
    }),
  )
})

t.test('the bundled content: one thing asked at ages 3-5, no message below 8, readable or read aloud at 6-7', async (t) => {
  const prompts = (await loadContent()).filter((doc) => doc.type === 'prompt').map((doc) => doc.body as unknown as PromptLike)
  t.same(prompts.filter((p) => p.ageMin <= 5 && questionsAsked(p.text) > 1).map((p) => p.slug), [])
  t.same(prompts.filter((p) => p.ageMin < MESSAGE_MIN_AGE && p.settings.includes('message')).map((p) => p.slug), [])
  const young = prompts.filter((p) => p.direction === 'son-to-mother' && p.ageMin <= 7)
  t.ok(young.length >= 40, 'son-to-mother prompts for ages 6-7')
  t.same(young.filter((p) => !p.readAloud && readingGradeOf(p.text) > READ_ALONE_MAX_GRADE).map((p) => p.slug), [])
  const bySlug = new Map(prompts.map((p) => [p.slug, p]))
  t.equal(bySlug.get('what-happens-inside-when-i-raise-my-voice')!.ageMin, 10)
  t.equal(bySlug.get('mom-how-can-i-show-you-i-want-to-make-up')!.ageMin, 10)
  t.equal(bySlug.get('mom-tell-me-about-a-time-you-were-really-scared')!.ageMin, 13)
})

for (const driver of drivers) {
  t.test(`readAloud is served on REST and GraphQL, on ${driver}`, async (t) => {
    const app = await build(t, driver)
    const docs = await loadContent()
    const slug = 'mom-what-kind-of-student-were-you'
    const doc = docs.find((d) => d.id === `prompt:${slug}`)!

    t.equal((await app.inject(`/v1/prompts/${slug}`)).json().readAloud, false, 'false unless set')
    t.same((await graphqlData(app, `{ prompt(slug: "${slug}") { readAloud } }`)).prompt, { readAloud: false })

    // A longer text the adult reads to him: marked readAloud, it keeps the rules and is served so.
    const text = 'Mom, what kind of student were you: quiet, chatty, a rule follower, or something else?'
    const content = { ...(doc.body as Json), text, readAloud: true }
    t.same(contentProblems([{ file: 'x', field: 'x', content: content as unknown as PromptLike }], []), [])
    const marked = contentDocument(promptType, slug, promptType.content.parse(content), doc.position)
    const release = await app.services.publishing.importContent([...docs.filter((d) => d.id !== doc.id), marked], 'read aloud')
    t.ok(release.releaseCreated)
    const rest = (await app.inject(`/v1/prompts/${slug}`)).json()
    t.same({ text: rest.text, readAloud: rest.readAloud }, { text, readAloud: true })
    const graphql = await graphqlData(app, `{ prompt(slug: "${slug}") { text readAloud } }`)
    t.same(graphql.prompt, { text, readAloud: true })
    const listed = (await app.inject('/v1/prompts?direction=son-to-mother&age=6&limit=100')).json().data as Json[]
    t.equal(listed.find((p) => p.slug === slug)?.readAloud, true, 'in lists too')

    // A body published before the field existed has none: REST leaves it out, GraphQL answers null.
    const { readAloud: _unset, ...older } = doc.body as Json
    const before = contentDocument(promptType, slug, older as never, doc.position)
    await app.services.publishing.importContent([...docs.filter((d) => d.id !== doc.id), { ...before, body: older }], 'before readAloud')
    t.notOk('readAloud' in (await app.inject(`/v1/prompts/${slug}`)).json())
    t.same((await graphqlData(app, `{ prompt(slug: "${slug}") { readAloud } }`)).prompt, { readAloud: null })
  })
}
