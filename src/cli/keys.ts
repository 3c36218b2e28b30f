import { parseArgs } from 'node:util'
import { z } from 'zod'
import { cliActor } from '../audit/service.js'
import { contentPolicy, createKeyBody, type ApiKeyView } from '../keys/schemas.js'
import { runningServer } from '../keys/local-admin.js'
import { KeyService } from '../keys/service.js'
import type { Config } from '../config.js'
import { withDatabase } from './run-cli.js'

const usage = `Usage:
  npm run keys -- create --name NAME --scopes a,b [--policy JSON] [--rate-limit N] [--expires DATE] [--json]
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

/** While a development server holds the embedded database: the same commands through its admin API. */
async function throughServer(config: Config) {
  const server = await runningServer(config.DATA_DIR)
  if (!server) {
    throw new Error(
      `A running server holds the embedded database in ${config.DATA_DIR}, and has not said where it listens. A development ` +
        'server does once it has started (after its banner): run this again then. For a production server, stop it, or call ' +
        'POST /v1/admin/keys with a keys:admin key.',
    )
  }
  const call = async <T>(method: string, path: string, body?: unknown): Promise<T> => {
    const response = await fetch(new URL(path, server.url), {
      method,
      headers: { authorization: `Bearer ${server.key}`, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    }).catch((error: unknown) => {
      throw new Error(`The server at ${server.url} (from ${config.DATA_DIR}/server.json) did not answer: ${error instanceof Error ? error.message : String(error)}`)
    })
    const answer = (await response.json()) as T & { detail?: string; code?: string }
    if (!response.ok) throw new Error(`The server refused: ${answer.detail ?? response.statusText} (${answer.code ?? response.status})`)
    return answer
  }
  if (command === 'create') printCreated(await call('POST', '/v1/admin/keys', newKey()))
  else if (command === 'list') printList((await call<{ data: ApiKeyView[] }>('GET', '/v1/admin/keys')).data)
  else printRevoked(await call('DELETE', `/v1/admin/keys/${encodeURIComponent(revokeId())}`))
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
