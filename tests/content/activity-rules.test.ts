import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import fc from 'fast-check'
import t from 'tap'
import { untaggedSituations, type ActivityLike } from '../../src/content/check/rules.js'
import { loadContent } from '../../src/content/load-content.js'
import { copyContent } from '../helpers/build.js'
import { editContentFile as edit, contentProblemsOf as problemsOf } from '../helpers/content.js'

type Json = Record<string, any>

const activityLike = (description: string, situations: string[] = []): ActivityLike => ({
  slug: 'an-activity',
  ageMin: 6,
  ageMax: 99,
  prompts: [],
  topics: [],
  title: 'An activity',
  description,
  steps: ['Do it together.', 'Talk about it after.'],
  situations,
})

t.test('the activity rules refuse crafted bad items, naming the file and the item', async (t) => {
  const folder = await copyContent(t)
  const file = 'activities/apart-and-low-sensory.json'
  const items = JSON.parse(await readFile(join(folder, file), 'utf8')).activities as Json[]
  const index = (slug: string) => items.findIndex((item) => item.slug === slug)
  const packing = index('two-homes-packing-ritual')
  const calendar = index('shared-calendar-for-two-homes')
  const walk = index('same-route-quiet-walk')
  await edit(folder, file, (content) => {
    content.activities[packing].situations = []
    content.activities[calendar].accessibility = []
    content.activities[walk].minutesMax = 300
  })
  const problems = await problemsOf(folder)
  t.ok(
    problems.some(
      (problem) =>
        problem.startsWith(`activity-situation-untagged ${file}: activities.${packing} (two-homes-packing-ritual)`) && problem.includes('parents-living-apart'),
    ),
    'a two-homes activity without its situation',
  )
  t.ok(
    problems.some((problem) => problem.startsWith(`activity-without-accessibility ${file}: activities.${calendar} (shared-calendar-for-two-homes)`)),
    'an activity with no accessibility tag',
  )
  t.ok(
    problems.some((problem) => problem.startsWith(`long-session-not-same-day ${file}: activities.${walk} (same-route-quiet-walk)`)),
    'a session over 4 hours without sameDay',
  )
  t.equal(problems.length, 3, 'nothing else')

  await edit(folder, file, (content) => {
    content.activities[packing].situations = ['parents-living-apart']
    content.activities[calendar].accessibility = ['seated']
    content.activities[walk].recurrence.sameDay = true
  })
  t.same(await problemsOf(folder), [], 'the fixes satisfy the rules')
})

t.test('an unknown situation on an activity fails the import with the field named', async (t) => {
  const folder = await copyContent(t)
  await edit(folder, 'activities/art.json', (content) => {
    content.activities[0].situations = ['two-homes']
  })
  await t.rejects(loadContent(folder), /art\.json.*situations/s)
})

t.test('the situation word list: any text with the words needs the situation; text without them never does', async (t) => {
  t.same(untaggedSituations(activityLike('Teach the grandkids a card game.')), [['grandkids', ['son-becoming-a-father']]])
  t.same(untaggedSituations(activityLike('Make a calendar for his two homes.')), [['two homes', ['parents-living-apart']]])
  t.same(untaggedSituations(activityLike('Once a son has left home, call weekly.')), [['has left home', ['living-far-apart', 'son-leaving-home']]])
  t.same(untaggedSituations(activityLike('Once a son has left home, call weekly.', ['son-leaving-home'])), [])
  const phrases = ['two homes', 'his other home', 'his kids', 'grandchildren', 'long-distance', 'in the mail']
  const plain = fc.stringMatching(/^[A-Za-z ,.]{0,60}$/).filter((text) => !/\b(two|both|other|his|grand|long|in the|by|who|has|across|children)\b/i.test(text))
  fc.assert(
    fc.property(plain, fc.constantFrom(...phrases), plain, (before, phrase, after) => {
      const text = `${before} ${phrase} ${after}`
      return untaggedSituations(activityLike(text)).length === 1 && untaggedSituations(activityLike(before)).length === 0
    }),
  )
})

t.test('a facilitator note names the resource, never a number (notes are served to every region)', async (t) => {
  const folder = await copyContent(t)
  const file = 'activities/themes-and-situations.json'
  const items = JSON.parse(await readFile(join(folder, file), 'utf8')).activities as Json[]
  const plan = items.findIndex((item) => item.slug === 'write-a-party-exit-plan-together')
  await edit(folder, file, (content) => {
    content.activities[plan].facilitatorNote = 'Keep your side of the deal. If a friend will not wake up, call 911 first.'
  })
  t.same(
    (await problemsOf(folder)).filter((line) => line.startsWith('number-in-note')),
    [`number-in-note ${file}: activities.${plan} (write-a-party-exit-plan-together): facilitatorNote says "911": name the resource instead (numbers are per region, served from \`resources\`)`],
  )
})
