import { chmod, lstat, mkdir, readdir } from 'node:fs/promises'
import { join } from 'node:path'

/*
 * The embedded data folder holds the whole database, the local admin key and the socket the keys CLI
 * talks to: it is its owner's alone. PGlite writes the files of a new database 0666 whatever the umask
 * (968 of 1,062 files were world-writable), so a mode on creation is not enough: the folder is made
 * 0700 before anything is written to it, and every start takes group and other bits off everything in it
 * once PGlite has opened it. Files PostgreSQL makes later are 0600 already, and sit in a 0700 folder.
 */

/** Creates the folder 0700, or makes an existing one 0700. */
export async function makePrivateFolder(folder: string): Promise<void> {
  await mkdir(folder, { recursive: true, mode: 0o700 })
  await privately(folder, await lstat(folder))
}

/** Takes group and other permissions off every entry below `folder`; says how many it looked at and changed. */
export async function tightenFolder(folder: string): Promise<{ entries: number; tightened: number }> {
  const count = { entries: 0, tightened: 0 }
  const visit = async (path: string): Promise<void> => {
    const stats = await lstat(path)
    count.entries += 1
    if (stats.isSymbolicLink()) return // a link's own mode means nothing; what it points at is not ours to change
    if (await privately(path, stats)) count.tightened += 1
    if (stats.isDirectory()) await Promise.all((await readdir(path)).map((name) => visit(join(path, name))))
  }
  await visit(folder)
  return count
}

async function privately(path: string, stats: { mode: number }): Promise<boolean> {
  if ((stats.mode & 0o077) === 0) return false
  try {
    await chmod(path, stats.mode & 0o700)
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code
    throw new Error(`Could not make ${path} private to its owner (${code}): the data folder and its files must belong to the user running the server.`)
  }
  return true
}
