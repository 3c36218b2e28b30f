import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import t from 'tap'
import { projectRoot } from '../../src/paths.js'

// Publishing has one room: only src/publishing/ takes the publish lock (so every publish and preview
// build runs through the publisher, which also announces the release), and no one else reaches for it.
const src = join(projectRoot, 'src')

async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => join(entry.parentPath, entry.name))
}

/** `file:line: text` of every line matching the pattern, in files outside src/publishing/. */
async function outsidePublishing(pattern: RegExp): Promise<{ found: string[]; inside: number }> {
  const found: string[] = []
  let inside = 0
  for (const file of await sources(src)) {
    const lines = (await readFile(file, 'utf8')).split('\n')
    const publishing = relative(src, file).startsWith('publishing/')
    lines.forEach((line, index) => {
      if (!pattern.test(line)) return
      if (publishing) inside++
      else found.push(`${relative(projectRoot, file)}:${index + 1}: ${line.trim()}`)
    })
  }
  return { found, inside }
}

t.test('only src/publishing/ takes the publish lock', async (t) => {
  const { found, inside } = await outsidePublishing(/pg_advisory_xact_lock|PUBLISH_LOCK/)
  t.ok(inside > 0, 'found the lock in src/publishing/')
  t.same(found, [], 'no file outside src/publishing/ takes a transaction lock or names the publish lock')
})

t.test('only src/publishing/ moves the current-release pointer', async (t) => {
  const { found, inside } = await outsidePublishing(/\.adoptCurrent\(|insert\(currentRelease\)/)
  t.ok(inside > 0, 'found the pointer moves in src/publishing/')
  t.same(found, [], 'no file outside src/publishing/ adopts a release it published')
})
