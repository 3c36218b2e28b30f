/**
 * The first hour on the embedded database: the server holds DATA_DIR, so a CLI cannot open it while
 * the server runs. In development the server therefore keeps a local admin key (scope `keys:admin`) in
 * DATA_DIR/local-admin.key (mode 0600, made on first start, made again if revoked) and serves its API on
 * a Unix socket, DATA_DIR/server.sock (mode 0600, in the 0700 folder); `npm run keys` sends the key
 * there and nowhere else.
 *
 * Why a socket and not a URL: a URL left behind by a server that stopped names a port anyone may listen
 * on next, and any answer over TCP proves nothing until a request has already gone out. The socket lives
 * in a folder only its owner can enter, and only the process holding the folder's lock binds it (a
 * leftover is removed first), so whoever answers on it is that server or someone who could read the key
 * file anyway. A leftover socket answers nothing (ECONNREFUSED), and then the CLI sends nothing.
 *
 * The key never reaches the log. A start outside development revokes it (retireLocalAdminKey).
 */
import { existsSync } from 'node:fs'
import { readFile, rm, writeFile } from 'node:fs/promises'
import { join, relative, resolve } from 'node:path'
import type { Actor } from '../caller/caller.js'
import type { KeyService } from './service.js'

export const LOCAL_ADMIN_FILE = 'local-admin.key'
export const LOCAL_SOCKET_FILE = 'server.sock'
export const LOCAL_ADMIN_NAME = 'local admin (development)'
/** Where earlier versions announced a URL the CLI then trusted: removed by every start. */
const OLD_SERVER_FILE = 'server.json'
/** The longest Unix socket path every platform takes (sun_path holds 104 bytes on macOS, 108 on Linux, NUL included). */
const MAX_SOCKET_PATH = 103

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

/**
 * The socket's path as this process names it: absolute, or relative to the working directory when only
 * that fits a socket address; null when neither does, or on Windows.
 */
export function localSocketPath(dataDir: string): string | null {
  // Windows has no Unix socket in a folder (a path there names a pipe, which a folder's mode does not guard).
  if (process.platform === 'win32') return null
  const absolute = resolve(dataDir, LOCAL_SOCKET_FILE)
  return [absolute, relative(process.cwd(), absolute)].find((path) => Buffer.byteLength(path) <= MAX_SOCKET_PATH) ?? null
}

/** What a process holding the folder's lock removes: announcements of servers that are gone. */
export async function removeLeftoverAnnouncements(dataDir: string): Promise<void> {
  await rm(join(dataDir, OLD_SERVER_FILE), { force: true })
  await rm(resolve(dataDir, LOCAL_SOCKET_FILE), { force: true })
}

/**
 * A start outside development: a local admin key is a development convenience, and a folder copied to a
 * server must not bring one along. The key in the folder's key file and any working key with the local
 * admin key's name are revoked through the key service (so the audit log records it) and the file is
 * removed, before the server listens. Returns what was done, for the log; never the key.
 */
export async function retireLocalAdminKey(
  keys: KeyService,
  dataDir: string | null,
  actor: Actor,
): Promise<{ revokedKeyIds: string[]; removedFile: string | null }> {
  const revoked = new Set<string>()
  const file = dataDir === null ? null : join(dataDir, LOCAL_ADMIN_FILE)
  const hasFile = file !== null && existsSync(file)
  if (hasFile) {
    const principal = await keys.authenticate((await readFile(file, 'utf8')).trim())
    if (principal?.keyId) {
      await keys.revoke(principal.keyId, actor)
      revoked.add(principal.keyId)
    }
  }
  for (const key of await keys.list()) {
    if (key.name !== LOCAL_ADMIN_NAME || key.revokedAt || revoked.has(key.id)) continue
    await keys.revoke(key.id, actor)
    revoked.add(key.id)
  }
  if (hasFile) await rm(file, { force: true })
  return { revokedKeyIds: [...revoked], removedFile: hasFile ? file : null }
}
