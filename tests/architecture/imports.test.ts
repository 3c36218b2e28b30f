import { readdir, readFile } from 'node:fs/promises'
import { join, relative } from 'node:path'
import { cruise, type IModule } from 'dependency-cruiser'
import extractTSConfig from 'dependency-cruiser/config-utl/extract-ts-config'
import t from 'tap'
import { projectRoot } from '../../src/paths.js'

// A house with import circles has no floors: each file of a circle needs the others loaded first, and no
// part of it can be read, tested or moved alone. The caller kernel (src/caller/) and the audit writer are
// the ground floor every admin domain stands on; they must not reach back up into those domains.

/** What the ground floor may import from src/: nothing of a domain. */
const groundFloor: Record<string, RegExp> = {
  'src/caller/': /^src\/(caller\/|errors\.ts$|db\/|http\/no-store\.ts$)/,
  'src/audit/writer.ts': /^src\/(caller\/caller\.ts$|db\/)/,
}

async function cruiseSources(): Promise<IModule[]> {
  const tsConfig = { fileName: join(projectRoot, 'tsconfig.json') }
  const result = await cruise(
    [join(projectRoot, 'src')],
    // Type-only imports count: a circle of types still ties the files together.
    { tsPreCompilationDeps: true, tsConfig, doNotFollow: { path: 'node_modules' }, baseDir: projectRoot },
    { extensions: ['.ts', '.js', '.mjs', '.json'] },
    { tsConfig: extractTSConfig(tsConfig.fileName) },
  )
  if (typeof result.output === 'string') throw new Error('dependency-cruiser answered text, not modules')
  return result.output.modules.filter((module) => module.source.startsWith('src/'))
}

const sources = cruiseSources()

/** Each circle once, as its files in import order, starting from the first file by name. */
function circlesOf(modules: IModule[]): string[][] {
  const circles = new Map<string, string[]>()
  for (const module of modules) {
    for (const dependency of module.dependencies) {
      if (!dependency.circular || !dependency.cycle) continue
      const files = [module.source, ...dependency.cycle.map((step) => step.name)].slice(0, dependency.cycle.length)
      const first = files.indexOf([...files].sort()[0]!)
      const circle = [...files.slice(first), ...files.slice(0, first)]
      circles.set(circle.join(' -> '), circle)
    }
  }
  return [...circles.values()]
}

t.test('src/ has no import circle', async (t) => {
  const modules = await sources
  t.ok(modules.length > 100, `read the sources (${modules.length} files)`)
  const unresolved = modules.flatMap((module) =>
    module.dependencies.filter((dependency) => dependency.couldNotResolve).map((dependency) => `${module.source}: ${dependency.module}`),
  )
  t.same(unresolved, [], 'every import resolves (an unresolved one could hide a circle)')
  const circles = circlesOf(modules)
  t.same(
    circles.map((circle) => [...circle, circle[0]].join(' -> ')),
    [],
    'no file imports, through others, a file that imports it',
  )
})

t.test('the caller kernel and the audit writer stand on the ground floor', async (t) => {
  const modules = await sources
  for (const [floor, allowed] of Object.entries(groundFloor)) {
    const files = modules.filter((module) => module.source.startsWith(floor))
    t.ok(files.length > 0, `found ${floor}`)
    const reaching = files.flatMap((module) =>
      module.dependencies
        .filter((dependency) => dependency.resolved.startsWith('src/') && !allowed.test(dependency.resolved))
        .map((dependency) => `${module.source} -> ${dependency.resolved}`),
    )
    t.same(reaching, [], `${floor} imports nothing from the domains`)
  }
})

t.test('only the audit writer inserts audit rows', async (t) => {
  const writer = 'src/audit/writer.ts'
  const inserts = /insert\(\s*(\w+\.)?auditLog\b|insert\s+into\s+"?audit_log\b/gi
  const entries = await readdir(join(projectRoot, 'src'), { withFileTypes: true, recursive: true })
  const files = entries.filter((entry) => entry.isFile() && entry.name.endsWith('.ts')).map((entry) => join(entry.parentPath, entry.name))
  const found: string[] = []
  for (const file of files) {
    const name = relative(projectRoot, file)
    const text = await readFile(file, 'utf8')
    for (const match of text.matchAll(inserts)) {
      found.push(`${name}:${text.slice(0, match.index).split('\n').length}: ${match[0]}`)
    }
  }
  t.ok(
    found.some((line) => line.startsWith(`${writer}:`)),
    'the writer inserts them',
  )
  t.same(
    found.filter((line) => !line.startsWith(`${writer}:`)),
    [],
    'no other file does: they call appendAudit',
  )
})
