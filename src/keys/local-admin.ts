/**
 * The first hour on the embedded database: the server holds DATA_DIR, so a CLI cannot open it while
 * the server runs. In development the server therefore keeps a local admin key (scope `keys:admin`) in
 * DATA_DIR/local-admin.key (mode 0600, made on first start, made again if revoked) and writes where it
 * listens to DATA_DIR/server.json; `npm run keys` finds both and goes through the admin API.
 * The key file is a credential: it never reaches the log, and the README says to delete it (or revoke
 * the key) before the folder is used anywhere but the developer's machine.
 */
import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Actor } from '../audit/service.js'
import type { KeyService } from './service.js'

export const LOCAL_ADMIN_FILE = 'local-admin.key'
export const SERVER_FILE = 'server.json'
export const LOCAL_ADMIN_NAME = 'local admin (development)'

export interface ServerFile {
  url: string
  pid: number
}

/** The local admin key's file, made (or made again) when it holds no working key. */
export async function ensureLocalAdminKey(keys: KeyService, dataDir: string, actor: Actor): Promise<{ file: string; created: boolean }> {
  const file = join(dataDir, LOCAL_ADMIN_FILE)
  if (existsSync(file)) {
    const principal = await keys.authenticate((await readFile(file, 'utf8')).trim())
    if (principal?.scopes.has('keys:admin')) return { file, created: false }
  }
  const created = await keys.create({ name: LOCAL_ADMIN_NAME, scopes: ['keys:admin'] }, actor)
  await rm(file, { force: true })
  await writeFile(file, `${created.key}\n`, { mode: 0o600 })
  return { file, created: true }
}

/** Says where the server listens, for the CLIs; gone again when it stops. */
export async function announceServer(dataDir: string, url: string): Promise<() => Promise<void>> {
  const file = join(dataDir, SERVER_FILE)
  await writeFile(file, `${JSON.stringify({ url, pid: process.pid } satisfies ServerFile)}\n`)
  return () => rm(file, { force: true })
}

/** The running server's URL and the local admin key, when a development server holds DATA_DIR. */
export async function runningServer(dataDir: string): Promise<{ url: string; key: string } | null> {
  const serverFile = join(dataDir, SERVER_FILE)
  const keyFile = join(dataDir, LOCAL_ADMIN_FILE)
  if (!existsSync(serverFile) || !existsSync(keyFile)) return null
  const server = JSON.parse(await readFile(serverFile, 'utf8')) as ServerFile
  return { url: server.url, key: (await readFile(keyFile, 'utf8')).trim() }
}
