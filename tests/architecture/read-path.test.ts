import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import t from 'tap'
import { projectRoot } from '../../src/paths.js'

// The read path has one shape: adapters translate, services read through their repositories with the
// request's read context, and no read has a default policy. These checks keep it that way.
async function sources(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts') && entry.name !== 'generated.ts')
    .map((entry) => join(entry.parentPath, entry.name))
}

/** `file:line: text` of every line matching the pattern. */
async function offending(files: string[], pattern: RegExp): Promise<string[]> {
  const found: string[] = []
  for (const file of files) {
    const lines = (await readFile(file, 'utf8')).split('\n')
    lines.forEach((line, index) => {
      if (pattern.test(line)) found.push(`${relative(projectRoot, file)}:${index + 1}: ${line.trim()}`)
    })
  }
  return found
}

const src = join(projectRoot, 'src')
const adapters = (file: string) => file.endsWith('routes.ts') || relative(src, file).startsWith('graphql/')

t.test('no read defaults its policy', async (t) => {
  const defaults = /policy\??\s*(:[^=,)]*)?=\s*null|ContentPolicy\s*\|\s*null\s*=|(?<!input)\.policy\s*\?\?\s*null/
  t.same(await offending(await sources(src), defaults), [], 'no line gives a policy a default')
})

t.test('routes and resolvers never reach the database', async (t) => {
  const database = /\bapp\.(db|database)\b|from '[^']*(drizzle-orm|\/db\/|repository\.js)[^']*'/
  const files = (await sources(src)).filter(adapters)
  t.ok(files.length > 10, 'found the adapters')
  t.same(await offending(files, database), [], 'no route or resolver imports or reaches the database')
})

t.test('paging lives with the read path, not in http/', async (t) => {
  const http = (await sources(src)).filter((file) => relative(src, file).startsWith('http/'))
  t.same(await offending(http, /cursorAt|readPage|filterKey|openPage\(/), [], 'no paging in http/')
})
