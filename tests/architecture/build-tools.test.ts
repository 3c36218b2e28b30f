import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import t from 'tap'
import { projectRoot } from '../../src/paths.js'

// Build tools (the OpenAPI example recorder, the renderers) build the app, so they live above it in
// src/cli/; the runtime only reads what they wrote. An import the other way closes a circle through app.ts.
const src = join(projectRoot, 'src')

async function runtimeSources(): Promise<string[]> {
  const entries = await readdir(src, { withFileTypes: true, recursive: true })
  return entries
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name))
    .filter((file) => !relative(src, file).startsWith('cli/'))
}

t.test('the runtime never imports the build tools', async (t) => {
  const found: string[] = []
  for (const file of await runtimeSources()) {
    const lines = (await readFile(file, 'utf8')).split('\n')
    lines.forEach((line, index) => {
      if (/from '[^']*\/cli\/[^']*'/.test(line)) found.push(`${relative(projectRoot, file)}:${index + 1}: ${line.trim()}`)
    })
  }
  t.same(found, [], 'no file outside src/cli imports from it')
})

// A type is erased at run time (serving the app on a socket names it); a value import would be a circle.
t.test('http/ never imports the app it is part of', async (t) => {
  const found: string[] = []
  for (const file of (await runtimeSources()).filter((file) => relative(src, file).startsWith('http/'))) {
    if (/^import (?!type )[^\n]*from '\.\.\/app\.js'/m.test(await readFile(file, 'utf8'))) found.push(relative(projectRoot, file))
  }
  t.same(found, [], 'no file in src/http imports src/app.ts')
})
