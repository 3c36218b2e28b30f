import { createHash, randomUUID } from 'node:crypto'
import { link, readdir, readFile, rename, stat, unlink, writeFile } from 'node:fs/promises'
import { basename, dirname, join } from 'node:path'
import { setTimeout as sleep } from 'node:timers/promises'

/*
 * PGlite is single-process: a second process opening the same folder would corrupt it, so the
 * folder holds a lock file `bonds.lock` with the owner's token `<pid>:<uuid>`.
 *
 * - Creating: the token is written to a temp file which is then hard-linked to the lock's name.
 *   link() fails with EEXIST when the name exists, so creation is exclusive and a lock is never
 *   visible without its content.
 * - A lock whose owner is alive refuses the open, including an owner in this very process.
 * - A crash leftover (owner dead) is replaced with a compare-and-swap: the contenders race for a
 *   takeover marker named after the stale token, created the same exclusive way (a marker left by
 *   a process that crashed mid-takeover is itself taken over like this, a few levels deep). The one
 *   that gets the marker re-reads the lock and, if it still holds that same stale token, renames a
 *   file with its own token over it. Tokens are never reused, so once a stale token is gone it can
 *   never come back: whoever gets its marker later sees a different token and gives up. Everyone
 *   else waits a moment and starts over, and then finds a live owner.
 * - Afterwards the owner reads the lock back to confirm it holds its token, and removes leftover
 *   markers and temp files. Releasing removes the lock only while it still holds the token.
 *
 * Liveness is judged by the pid (process.kill(pid, 0)), so processes in different pid namespaces
 * (containers sharing a volume) cannot see each other; as before, they must not share a folder.
 */

export class DataDirInUseError extends Error {
  override name = 'DataDirInUseError'
}

const LOCK_NAME = 'bonds.lock'
/** Takeover markers nest when a contender crashes mid-takeover; beyond this, a person has to look. */
const MAX_DEPTH = 4
/** How long to keep retrying while another process is busy taking over a stale lock. */
const TAKEOVER_PATIENCE_MS = 10_000
/** Content that is no token is only treated as a crash leftover once it is this old. */
const UNRECOGNISED_GRACE_MS = 2_000

const TOKEN = /^(\d+):[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/
const OLD_FORMAT = /^\d+$/
const TEMP_SUFFIX = /\.tmp-(\d+)-[0-9a-f-]{36}$/

/** Tokens of this process: locks being taken or held. A same-pid token not in here is a leftover. */
const ownTokens = new Set<string>()

export async function lockDataDir(folder: string): Promise<() => Promise<void>> {
  const lockFile = join(folder, LOCK_NAME)
  const token = `${process.pid}:${randomUUID()}`
  ownTokens.add(token)
  try {
    const deadline = Date.now() + TAKEOVER_PATIENCE_MS
    for (;;) {
      const outcome = await acquire(lockFile, token, 0)
      if (outcome.kind === 'acquired') break
      if (outcome.kind === 'busy') throw inUse(folder, outcome.pid)
      if (Date.now() > deadline) {
        throw new DataDirInUseError(`Could not lock the embedded database in ${folder}: another process kept taking over its stale lock.`)
      }
      await sleep(5 + Math.random() * 20)
    }
    // Ownership is re-checked rather than assumed.
    if ((await readOrNull(lockFile)) !== token) {
      throw new DataDirInUseError(`Could not lock the embedded database in ${folder}: another process took its lock over.`)
    }
  } catch (error) {
    ownTokens.delete(token)
    throw error
  }
  await removeLeftovers(folder, token)

  let released = false
  return async () => {
    if (released) return
    released = true
    // Nobody else replaces a live owner's lock, so reading then unlinking is not racy.
    if ((await readOrNull(lockFile)) === token) await unlinkQuietly(lockFile)
    ownTokens.delete(token)
  }
}

/** Where contenders for replacing the lock (or marker) `path` holding `content` meet. Exported for tests. */
export function takeoverMarkerPath(path: string, content: string): string {
  return `${path}.takeover-${createHash('sha256').update(content).digest('hex').slice(0, 16)}`
}

type Outcome = { kind: 'acquired' } | { kind: 'busy'; pid: number | null } | { kind: 'retry' }

/** Makes `path` hold `token`: creates it, or replaces a stale holder exactly once. */
async function acquire(path: string, token: string, depth: number): Promise<Outcome> {
  if (await createExclusive(path, token)) return { kind: 'acquired' }
  const current = await readOrNull(path)
  if (current === null) return { kind: 'retry' } // released in the meantime
  const holder = await judge(path, current)
  if (holder.alive) return { kind: 'busy', pid: holder.pid }
  if (depth >= MAX_DEPTH) {
    throw new DataDirInUseError(
      `Could not take over the stale lock ${path}: too many processes crashed while taking it over. Remove the bonds.lock* files if no process uses the folder.`,
    )
  }

  const marker = takeoverMarkerPath(path, current)
  const claim = await acquire(marker, token, depth + 1)
  if (claim.kind !== 'acquired') return { kind: 'retry' } // someone else is replacing this stale token
  try {
    // Compare, then swap: only the marker holder gets here, and a stale token never comes back.
    if ((await readOrNull(path)) !== current) return { kind: 'retry' }
    const temp = tempPath(path)
    await writeFile(temp, token, { flag: 'wx', mode: 0o600 })
    await rename(temp, path).catch(async (error: unknown) => {
      await unlinkQuietly(temp)
      throw error
    })
    return { kind: 'acquired' }
  } finally {
    // Done with it: the stale token was replaced (by us or earlier by someone else, never to return), or we failed.
    if ((await readOrNull(marker)) === token) await unlinkQuietly(marker)
  }
}

/** Creates `path` holding `content` if it does not exist, never visible empty. */
async function createExclusive(path: string, content: string): Promise<boolean> {
  const temp = tempPath(path)
  await writeFile(temp, content, { flag: 'wx', mode: 0o600 })
  try {
    await link(temp, path)
    return true
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'EEXIST') return false
    throw error
  } finally {
    await unlinkQuietly(temp)
  }
}

async function judge(path: string, content: string): Promise<{ alive: boolean; pid: number | null }> {
  const text = content.trim()
  const token = TOKEN.exec(text)
  if (token) {
    const pid = Number(token[1])
    // The same pid with a token this process does not hold: a leftover of an earlier process that
    // had our pid (a container restart, where the server is pid 1 again).
    const alive = pid === process.pid ? ownTokens.has(content) : isAlive(pid)
    return { alive, pid }
  }
  if (OLD_FORMAT.test(text)) {
    // Locks from earlier versions hold a bare pid; this process never writes one.
    const pid = Number(text)
    return { alive: pid !== process.pid && isAlive(pid), pid }
  }
  // Anything else was not written by this code, which only ever links complete files: an older
  // version crashing between creating and writing its lock (empty), or something foreign. It is
  // not being written by us, but to be conservative it only counts as a crash leftover once it has
  // been left alone for a while; until then the folder counts as in use.
  const modified = await stat(path).then(
    (stats) => stats.mtimeMs,
    () => 0,
  )
  return { alive: Date.now() - modified < UNRECOGNISED_GRACE_MS, pid: null }
}

/** Removes markers of lock contents that are gone and temp files of dead processes. */
async function removeLeftovers(folder: string, token: string): Promise<void> {
  const lockFile = join(folder, LOCK_NAME)
  const ownMarker = basename(takeoverMarkerPath(lockFile, token))
  const entries = await readdir(folder).catch(() => [] as string[])
  await Promise.all(
    entries
      .filter((name) => name.startsWith(`${LOCK_NAME}.`))
      .filter((name) => {
        const temp = TEMP_SUFFIX.exec(name)
        if (temp) return Number(temp[1]) !== process.pid && !isAlive(Number(temp[1]))
        // Any marker not about our own token concerns a lock content that can never return:
        // its holders, if alive, will re-read the lock, see our token and give up.
        return name.startsWith(`${LOCK_NAME}.takeover-`) && !name.startsWith(ownMarker)
      })
      .map((name) => unlinkQuietly(join(folder, name))),
  )
}

function inUse(folder: string, pid: number | null): DataDirInUseError {
  return new DataDirInUseError(
    pid === null
      ? `The embedded database in ${folder} is in use: its lock ${LOCK_NAME} was just written by another program. Stop it first (PGlite serves one process).`
      : `The embedded database in ${folder} is in use by process ${pid}. Stop it first (PGlite serves one process).`,
  )
}

function tempPath(path: string): string {
  return join(dirname(path), `${basename(path)}.tmp-${process.pid}-${randomUUID()}`)
}

async function readOrNull(path: string): Promise<string | null> {
  try {
    return await readFile(path, 'utf8')
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null
    throw error
  }
}

async function unlinkQuietly(path: string): Promise<void> {
  await unlink(path).catch(() => {})
}

function isAlive(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0 || pid > 0x7fffffff) return false
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}
