import { spawn } from 'node:child_process'
import { randomUUID } from 'node:crypto'
import { once } from 'node:events'
import { cp, mkdtemp, readdir, readFile, rm, utimes, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t, { type Test } from 'tap'
import { DataDirInUseError, lockDataDir, takeoverMarkerPath } from '../../src/db/data-dir-lock.js'
import { DataDirInUseError as ReExportedError, openDatabase } from '../../src/db/database.js'
import { projectRoot } from '../../src/paths.js'

// Each race loads twenty tsx processes and opens PGlite, which takes a while on a small, busy machine.
t.setTimeout(200_000)

const fixture = join(projectRoot, 'tests/db/fixtures/open-data-dir.ts')
const CONTENDERS = 20

async function tempFolder(t: Test): Promise<string> {
  const folder = await mkdtemp(join(tmpdir(), 'bonds-lock-'))
  t.teardown(() => rm(folder, { recursive: true, force: true }))
  return folder
}

const root = t
let template: Promise<string> | undefined
/** A folder with an existing embedded database, as a crash leaves it (a cold start would only add seconds). */
async function databaseFolder(t: Test): Promise<string> {
  template ??= (async () => {
    const folder = await mkdtemp(join(tmpdir(), 'bonds-lock-template-'))
    root.teardown(() => rm(folder, { recursive: true, force: true }))
    await (await openDatabase({ dataDir: folder })).close()
    return folder
  })()
  const folder = await tempFolder(t)
  await cp(await template, folder, { recursive: true })
  return folder
}

/** The pid of a process that has run and exited, as after a crash. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
  const pid = child.pid
  if (!pid) throw new Error('no pid')
  await once(child, 'exit')
  return pid
}

const lockFiles = async (folder: string) => (await readdir(folder)).filter((name) => name.startsWith('bonds.lock')).sort()

interface Result {
  stdout: string
  stderr: string
  code: number | null
}

/**
 * Starts the contenders, waits until all are loaded, then lets them open the folder at the same moment.
 * The one that opens holds the database until all others have finished (or a minute has passed).
 */
async function race(t: Test, folder: string, contenders: number): Promise<Result[]> {
  const started = Date.now()
  let finished = 0
  const runs = Array.from({ length: contenders }, () => {
    const child = spawn(process.execPath, ['--import', 'tsx', fixture, folder, '2000'], {
      cwd: projectRoot,
      // Without tap's process tracking, which would make each start slower.
      env: { ...process.env, NODE_OPTIONS: '' },
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const result: Result = { stdout: '', stderr: '', code: null }
    let markReady: () => void
    const ready = new Promise<void>((resolve) => (markReady = resolve))
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      result.stdout += chunk
      if (result.stdout.startsWith('ready\n')) markReady()
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => (result.stderr += chunk))
    child.stdin.on('error', () => {}) // a contender that is refused stops reading
    const exited = new Promise<Result>((resolve) =>
      child.on('close', (code) => {
        markReady() // a child that died before getting ready shows up in its result
        result.code = code
        if (++finished === contenders - 1) releaseAll()
        resolve(result)
      }),
    )
    return { child, ready, exited }
  })
  const timers: { fallback?: NodeJS.Timeout } = {}
  const releaseAll = () => {
    clearTimeout(timers.fallback)
    for (const run of runs) run.child.stdin.end()
  }
  await Promise.all(runs.map((run) => run.ready))
  // The minute counts from the start, not from the spawn: on a loaded machine loading alone can pass it,
  // and ending stdin before the start time is sent left every contender with nothing to do.
  timers.fallback = setTimeout(releaseAll, 60_000)
  const startAt = Date.now() + 300
  t.comment(`${contenders} contenders loaded in ${startAt - started} ms`)
  for (const run of runs) run.child.stdin.write(`${startAt}\n`)
  const results = await Promise.all(runs.map((run) => run.exited))
  t.comment(`all done ${Date.now() - startAt} ms after the start`)
  return results
}

async function assertExactlyOneOpens(t: Test, folder: string) {
  const results = await race(t, folder, CONTENDERS)
  const outcomes = results.map((result) => result.stdout.replace(/^ready\n/, ''))
  t.equal(outcomes.filter((outcome) => outcome === 'opened\n').length, 1, 'exactly one opens')
  t.equal(outcomes.filter((outcome) => outcome === 'refused\n').length, CONTENDERS - 1, 'all others are refused')
  t.same(
    results.filter((result) => result.code !== 0 || result.stderr !== ''),
    [],
    'every contender exits cleanly',
  )
  t.same(await lockFiles(folder), [], 'the owner released the lock and no marker or temp file is left')

  const database = await openDatabase({ dataDir: folder })
  t.match(await readFile(join(folder, 'bonds.lock'), 'utf8'), new RegExp(`^${process.pid}:`), 'a fresh open takes the lock')
  await database.ping()
  await database.close()
  t.same(await lockFiles(folder), [])
}

t.test('twenty synchronized starts after a simulated crash: exactly one opens', async (t) => {
  t.test('crash leftover holding a token', async (t) => {
    const folder = await databaseFolder(t)
    await writeFile(join(folder, 'bonds.lock'), `${await deadPid()}:${randomUUID()}`)
    await assertExactlyOneOpens(t, folder)
  })

  t.test('crash leftover of an older version, and a contender that crashed while taking it over', async (t) => {
    const folder = await databaseFolder(t)
    const lockFile = join(folder, 'bonds.lock')
    const stale = String(await deadPid())
    const crashedContender = await deadPid()
    await writeFile(lockFile, stale)
    await writeFile(takeoverMarkerPath(lockFile, stale), `${crashedContender}:${randomUUID()}`)
    await writeFile(`${lockFile}.tmp-${crashedContender}-${randomUUID()}`, `${crashedContender}:${randomUUID()}`)
    await assertExactlyOneOpens(t, folder)
  })
})

t.test('a second open in the same process is refused', async (t) => {
  const folder = await tempFolder(t)
  const database = await openDatabase({ dataDir: folder })
  const second = openDatabase({ dataDir: folder })
  await t.rejects(second, ReExportedError)
  await t.rejects(second, {
    name: 'DataDirInUseError',
    message: `The embedded database in ${folder} is in use by process ${process.pid}. Stop it first (PGlite serves one process).`,
  })
  await database.close()
  const reopened = await openDatabase({ dataDir: folder })
  await reopened.close()
  t.same(await lockFiles(folder), [])
})

t.test('concurrent locks in one process over a crash leftover: exactly one wins', async (t) => {
  for (const crashedTakeovers of [0, 1, 2]) {
    const folder = await tempFolder(t)
    // A stale lock, and maybe contenders that crashed while taking it over (and over their marker).
    let path = join(folder, 'bonds.lock')
    let stale = `${await deadPid()}:${randomUUID()}`
    await writeFile(path, stale)
    for (let i = 0; i < crashedTakeovers; i++) {
      path = takeoverMarkerPath(path, stale)
      stale = `${await deadPid()}:${randomUUID()}`
      await writeFile(path, stale)
    }
    const attempts = await Promise.allSettled(Array.from({ length: 10 }, () => lockDataDir(folder)))
    const won = attempts.filter((attempt) => attempt.status === 'fulfilled')
    t.equal(won.length, 1, `exactly one wins over ${crashedTakeovers} crashed takeovers`)
    for (const attempt of attempts) if (attempt.status === 'rejected') t.type(attempt.reason, DataDirInUseError)
    t.same(await lockFiles(folder), ['bonds.lock'])
    await (won[0] as PromiseFulfilledResult<() => Promise<void>>).value()
    t.same(await lockFiles(folder), [])
  }
})

t.test('a stale lock of a dead process is taken over', async (t) => {
  const folder = await tempFolder(t)
  const lockFile = join(folder, 'bonds.lock')
  const dead = await deadPid()
  const stale = `${dead}:${randomUUID()}`
  await writeFile(lockFile, stale)
  // Leftovers of an earlier takeover, and a temp file of a crashed process.
  await writeFile(takeoverMarkerPath(lockFile, `${dead}:${randomUUID()}`), `${dead}:${randomUUID()}`)
  await writeFile(`${lockFile}.tmp-${dead}-${randomUUID()}`, 'x')

  const release = await lockDataDir(folder)
  const token = await readFile(lockFile, 'utf8')
  t.match(token, new RegExp(`^${process.pid}:[0-9a-f-]{36}$`))
  t.same(await lockFiles(folder), ['bonds.lock'], 'markers and temp files of dead processes are removed')
  await release()
  t.same(await lockFiles(folder), [])
})

t.test('a lock left by an earlier process with our pid is taken over (a container restart)', async (t) => {
  const folder = await tempFolder(t)
  const lockFile = join(folder, 'bonds.lock')
  const leftover = `${process.pid}:${randomUUID()}`
  await writeFile(lockFile, leftover)
  const release = await lockDataDir(folder)
  t.not(await readFile(lockFile, 'utf8'), leftover)
  await release()

  await writeFile(lockFile, String(process.pid))
  const again = await lockDataDir(folder)
  await again()
  t.same(await lockFiles(folder), [])
})

t.test('a lock of a live process is refused, in either format', async (t) => {
  const folder = await tempFolder(t)
  const lockFile = join(folder, 'bonds.lock')
  const live = process.ppid
  for (const content of [`${live}:${randomUUID()}`, String(live), `${live}\n`]) {
    await writeFile(lockFile, content)
    await t.rejects(lockDataDir(folder), {
      name: 'DataDirInUseError',
      message: `The embedded database in ${folder} is in use by process ${live}. Stop it first (PGlite serves one process).`,
    })
    t.equal(await readFile(lockFile, 'utf8'), content, 'the lock is left alone')
  }
  t.same(await lockFiles(folder), ['bonds.lock'])
})

t.test('a lock that is no token counts as a leftover only once it is a few seconds old', async (t) => {
  const folder = await tempFolder(t)
  const lockFile = join(folder, 'bonds.lock')
  for (const content of ['', 'garbage']) {
    await writeFile(lockFile, content)
    await t.rejects(lockDataDir(folder), { name: 'DataDirInUseError', message: /is in use: its lock bonds\.lock was just written/ })
    const past = new Date(Date.now() - 60_000)
    await utimes(lockFile, past, past)
    const release = await lockDataDir(folder)
    t.match(await readFile(lockFile, 'utf8'), new RegExp(`^${process.pid}:`))
    await release()
  }
})

t.test('releasing removes only our own lock', async (t) => {
  const folder = await tempFolder(t)
  const lockFile = join(folder, 'bonds.lock')
  const release = await lockDataDir(folder)
  const other = `${process.ppid}:${randomUUID()}`
  await writeFile(lockFile, other)
  await release()
  t.equal(await readFile(lockFile, 'utf8'), other, 'a lock that is not ours stays')
  await rm(lockFile)

  const mine = await lockDataDir(folder)
  await mine()
  t.same(await lockFiles(folder), [])
  const next = await lockDataDir(folder)
  await mine() // releasing twice does not touch the next owner's lock
  t.match(await readFile(lockFile, 'utf8'), new RegExp(`^${process.pid}:`))
  await next()
  t.same(await lockFiles(folder), [])
})
