import { existsSync } from 'node:fs'
import { lstat, readFile } from 'node:fs/promises'
import { request } from 'node:http'
import { join, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { z } from 'zod'
import { cliActor } from '../audit/service.js'
import { contentPolicy, createKeyBody, type ApiKeyView } from '../keys/schemas.js'
import { LOCAL_ADMIN_FILE, LOCAL_SOCKET_FILE, localSocketPath } from '../keys/local-admin.js'
import { KeyService } from '../keys/service.js'
import type { Config } from '../config.js'
import { withDatabase } from './run-cli.js'

const usage = `Usage:
  npm run keys -- create --name NAME --scopes a,b [--policy JSON | --preset school-portal] [--rate-limit N] [--expires DATE] [--json]
  npm run keys -- list [--json]
  npm run keys -- revoke ID [--json]
Scopes: content:read, content:preview, content:write, content:publish, keys:admin, webhooks:admin, metrics:read
With --json the output is one JSON document: run it as \`npm run -s keys -- ...\` so npm prints no banner before it.
While a development server holds the embedded database, the commands go through its admin API.`

const { positionals, values } = parseArgs({
  allowPositionals: true,
  options: {
    name: { type: 'string' },
    scopes: { type: 'string' },
    policy: { type: 'string' },
    preset: { type: 'string' },
    'rate-limit': { type: 'string' },
    expires: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', default: false },
  },
})
const [command, id] = positionals
const print = (value: unknown, text: string) => process.stdout.write(values.json ? `${JSON.stringify(value, null, 2)}\n` : `${text}\n`)

/** The key to create, from the options; the same checks the admin API makes. */
function newKey() {
  try {
    return createKeyBody.parse({
      name: values.name,
      scopes: values.scopes?.split(',').map((scope) => scope.trim()),
      policy: values.policy === undefined ? undefined : contentPolicy.parse(JSON.parse(values.policy)),
      preset: values.preset,
      rateLimit: values['rate-limit'] === undefined ? undefined : Number(values['rate-limit']),
      expiresAt: values.expires === undefined ? undefined : new Date(values.expires).toISOString(),
    })
  } catch (error) {
    if (error instanceof z.ZodError) {
      throw new Error(`Invalid options: ${error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ')}`)
    }
    if (error instanceof SyntaxError) throw new Error(`--policy is not valid JSON: ${error.message}`)
    throw error
  }
}

function printCreated(created: ApiKeyView & { key: string }) {
  print(created, `Created key ${created.id} "${created.name}" (${created.scopes.join(', ')}).\nKey (shown once, store it now):\n  ${created.key}`)
}

function printList(list: ApiKeyView[]) {
  const lines = list.map((key) => {
    const state = key.revokedAt ? 'revoked' : key.expiresAt && key.expiresAt <= new Date().toISOString() ? 'expired' : 'active'
    const line = `${key.id}  ${state.padEnd(7)}  ${key.scopes.join(',').padEnd(30)}  ${key.name}`
    return key.warning && state === 'active' ? `${line}\n  WARNING: ${key.warning}` : line
  })
  print(list, lines.length ? lines.join('\n') : 'No keys yet.')
}

const printRevoked = (revoked: ApiKeyView) => print(revoked, `Revoked key ${revoked.id} "${revoked.name}".`)

/**
 * While a development server holds the embedded database: the same commands through its admin API, on
 * the Unix socket in the data folder (src/keys/local-admin.ts says why). The key goes nowhere else: when
 * nothing answers there, nothing is sent, not over TCP either.
 */
async function throughServer(config: Config) {
  const folder = resolve(config.DATA_DIR)
  const socket = localSocketPath(folder)
  const stop = 'Stop the process holding it to run this command directly; for a production server, call POST /v1/admin/keys ' + 'with a keys:admin key instead.'
  if (!socket) {
    throw new Error(
      `The embedded database in ${folder} is in use, and a server cannot be reached through it here (its path is too long for a Unix socket, or this is Windows). ${stop}`,
    )
  }
  const socketFile = join(folder, LOCAL_SOCKET_FILE)
  if (!existsSync(socketFile)) {
    throw new Error(
      `The embedded database in ${folder} is in use, but no development server listens in it (no server.sock). A development ` +
        `server opens it once it has started (after its banner): run this again then. ${stop}`,
    )
  }
  await refuseUnlessPrivate(folder, socketFile)
  const keyFile = join(folder, LOCAL_ADMIN_FILE)
  if (!existsSync(keyFile)) throw new Error(`No local admin key in ${keyFile}: only a development server keeps one. ${stop}`)
  const key = (await readFile(keyFile, 'utf8')).trim()
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const { status, text } = await overSocket(socket, method, path, key, body).catch((error: NodeJS.ErrnoException) => {
      if (error.code === 'ECONNREFUSED' || error.code === 'ENOENT') {
        throw new Error(
          `Nothing answers on ${socketFile}: it is left over from a development server that stopped, and another process ` +
            `holds the embedded database now. Nothing was sent. Start the development server again (it replaces the ` +
            `socket), or remove the stale file (rm ${socketFile}). ${stop}`,
        )
      }
      throw new Error(`The development server on ${socketFile} did not answer: ${error.message}`)
    })
    const answer = JSON.parse(text || '{}') as T & { detail?: string; code?: string }
    if (status >= 400) throw new Error(`The server refused: ${answer.detail ?? status} (${answer.code ?? status})`)
    return answer
  }
  if (command === 'create') printCreated(await call('POST', '/v1/admin/keys', newKey()))
  else if (command === 'list') printList((await call<{ data: ApiKeyView[] }>('GET', '/v1/admin/keys')).data)
  else printRevoked(await call('DELETE', `/v1/admin/keys/${encodeURIComponent(revokeId())}`))
}

/** Whoever answers on the socket must be someone who could read the key anyway: the folder's owner. */
async function refuseUnlessPrivate(folder: string, socketFile: string) {
  const uid = process.getuid?.()
  const [folderStats, socketStats] = await Promise.all([lstat(folder), lstat(socketFile)])
  const problem = !socketStats.isSocket()
    ? `${socketFile} is not a socket`
    : uid !== undefined && (folderStats.uid !== uid || socketStats.uid !== uid)
      ? `${folder} or its server.sock belongs to another user`
      : (folderStats.mode & 0o022) !== 0
        ? `others may write to ${folder} (mode ${(folderStats.mode & 0o777).toString(8)}), so they could have put server.sock there`
        : null
  if (problem) throw new Error(`Refusing to send the local admin key: ${problem}. Nothing was sent. A development server start makes the folder 0700.`)
}

function overSocket(socketPath: string, method: string, path: string, key: string, body: unknown): Promise<{ status: number; text: string }> {
  const payload = body === undefined ? undefined : JSON.stringify(body)
  return new Promise((resolve, reject) => {
    const outgoing = request(
      {
        socketPath,
        method,
        path,
        timeout: 30_000,
        headers: {
          host: 'localhost',
          authorization: `Bearer ${key}`,
          ...(payload === undefined ? {} : { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) }),
        },
      },
      (incoming) => {
        let text = ''
        incoming.setEncoding('utf8').on('data', (chunk: string) => (text += chunk))
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, text }))
        incoming.on('error', reject)
      },
    )
    outgoing.on('timeout', () => outgoing.destroy(new Error('no answer within 30 s')))
    outgoing.on('error', reject)
    outgoing.end(payload)
  })
}

function revokeId(): string {
  if (!id) throw new Error(`revoke needs a key id\n${usage}`)
  return id
}

if (values.help || !command || !['create', 'list', 'revoke'].includes(command)) {
  process.stdout.write(`${usage}\n`)
  process.exitCode = values.help ? 0 : 1
} else {
  // Listing and revoking need the keys the server has: they never make a new, empty database.
  await withDatabase(
    async (database) => {
      const keys = new KeyService(database.db)
      const actor = cliActor('keys CLI')
      try {
        if (command === 'create') printCreated(await keys.create(newKey(), actor))
        else if (command === 'list') printList(await keys.list())
        else printRevoked(await keys.revoke(revokeId(), actor))
      } finally {
        await keys.close()
      }
    },
    { existing: command !== 'create', whenHeld: throughServer },
  )
}
