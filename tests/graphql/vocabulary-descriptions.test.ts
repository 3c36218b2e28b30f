import { readFile } from 'node:fs/promises'
import t from 'tap'
import { contentWarnings, situations, themes } from '../../src/content/vocabulary.js'

// schema/*.graphql is written by hand, and the descriptions of the fields and filters that take a word
// from a fixed vocabulary list its words there. A word added to the vocabulary must reach them.
const lists = [
  { starts: /^(What it touches|Leave out prompts carrying any of these content warnings)/, words: contentWarnings },
  { starts: /^Only (prompts|activities) written for this life situation/, words: situations },
  { starts: /^Only (prompts|activities) about this theme/, words: themes },
]

t.test('every description that lists a vocabulary lists all of it', async (t) => {
  let checked = 0
  for (const file of ['prompts', 'activities']) {
    const sdl = await readFile(new URL(`../../schema/${file}.graphql`, import.meta.url), 'utf8')
    for (const [, description] of sdl.matchAll(/"""([^"]+)"""/g)) {
      const list = lists.find(({ starts }) => starts.test(description!.trim()))
      if (!list) continue
      checked++
      const said = new Set(description!.match(/[a-z]+(?:-[a-z]+)*/g))
      t.same(
        list.words.filter((word) => !said.has(word)),
        [],
        `${file}.graphql: ${description!.trim().slice(0, 60)}...`,
      )
    }
  }
  t.equal(checked, 7, 'the two content-warning descriptions and filter of prompts, and the situation and theme filters of both')
})
