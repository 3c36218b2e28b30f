import { chmod, lstat, mkdtemp, readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import t from 'tap'
import { openDatabase } from '../../src/db/database.js'
import { openToOthers } from '../helpers/modes.js'

async function loosen(path: string): Promise<void> {
  const stats = await lstat(path)
  await chmod(path, stats.isDirectory() ? 0o777 : 0o666)
  if (stats.isDirectory()) for (const name of await readdir(path)) await loosen(join(path, name))
}

t.test("the embedded data folder and every file in it are its owner's alone", async (t) => {
  const parent = await mkdtemp(join(tmpdir(), 'bonds-mode-'))
  t.teardown(() => rm(parent, { recursive: true, force: true }))
  const dataDir = join(parent, 'data')

  const fresh = await openDatabase({ dataDir })
  await fresh.migrate()
  t.equal((await lstat(dataDir)).mode & 0o777, 0o700, 'the folder is made 0700')
  t.equal((await lstat(join(dataDir, 'bonds.lock'))).mode & 0o777, 0o600, 'the lock is 0600')
  t.same(await openToOthers(dataDir), [], 'after a first start, nothing in it is open to others')
  await fresh.close()

  await loosen(dataDir)
  t.ok((await openToOthers(dataDir)).length > 900, 'loosened: every file world-writable')
  const again = await openDatabase({ dataDir })
  await again.migrate()
  t.same(await openToOthers(dataDir), [], 'a start tightens a loosened folder')
  await again.close()
})
