import { lstat, readdir } from 'node:fs/promises'
import { join } from 'node:path'

/** Every entry of the folder (itself included) that its group or anyone else may read, write or enter. */
export async function openToOthers(folder: string): Promise<string[]> {
  const found: string[] = []
  const visit = async (path: string) => {
    const stats = await lstat(path)
    if (stats.isSymbolicLink()) return
    if (stats.mode & 0o077) found.push(`${path} ${(stats.mode & 0o777).toString(8)}`)
    if (stats.isDirectory()) for (const name of await readdir(path)) await visit(join(path, name))
  }
  await visit(folder)
  return found
}
