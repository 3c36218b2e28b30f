import { parseArgs } from 'node:util'
import { z } from 'zod'
import { cliActor } from '../audit/service.js'
import { contentPolicy, createKeyBody } from '../keys/schemas.js'
import { KeyService } from '../keys/service.js'
import { withDatabase } from './run-cli.js'

const usage = `Usage:
  npm run keys -- create --name NAME --scopes a,b [--policy JSON] [--rate-limit N] [--expires DATE] [--json]
  npm run keys -- list [--json]
  npm run keys -- revoke ID [--json]
Scopes: content:read, content:preview, content:write, content:publish, keys:admin, webhooks:admin, metrics:read`

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

if (values.help || !command || !['create', 'list', 'revoke'].includes(command)) {
  process.stdout.write(`${usage}\n`)
  process.exitCode = values.help ? 0 : 1
} else {
  // Listing and revoking need the keys the server has: they never make a new, empty database.
  await withDatabase(async (database) => {
    const keys = new KeyService(database.db)
    const actor = cliActor('keys CLI')
    try {
      if (command === 'create') {
        const input = createKeyBody.parse({
          name: values.name,
          scopes: values.scopes?.split(',').map((scope) => scope.trim()),
          policy: values.policy === undefined ? undefined : contentPolicy.parse(JSON.parse(values.policy)),
          rateLimit: values['rate-limit'] === undefined ? undefined : Number(values['rate-limit']),
          expiresAt: values.expires === undefined ? undefined : new Date(values.expires).toISOString(),
        })
        const created = await keys.create(input, actor)
        print(created, `Created key ${created.id} "${created.name}" (${created.scopes.join(', ')}).\nKey (shown once, store it now):\n  ${created.key}`)
      } else if (command === 'list') {
        const list = await keys.list()
        const lines = list.map((key) => {
          const state = key.revokedAt ? 'revoked' : key.expiresAt && key.expiresAt <= new Date().toISOString() ? 'expired' : 'active'
          return `${key.id}  ${state.padEnd(7)}  ${key.scopes.join(',').padEnd(30)}  ${key.name}`
        })
        print(list, lines.length ? lines.join('\n') : 'No keys yet.')
      } else {
        if (!id) throw new Error(`revoke needs a key id\n${usage}`)
        const revoked = await keys.revoke(id, actor)
        print(revoked, `Revoked key ${revoked.id} "${revoked.name}".`)
      }
    } catch (error) {
      if (error instanceof z.ZodError) {
        throw new Error(`Invalid options: ${error.issues.map((issue) => `${issue.path.join('.') || 'value'}: ${issue.message}`).join('; ')}`)
      }
      if (error instanceof SyntaxError) throw new Error(`--policy is not valid JSON: ${error.message}`)
      throw error
    } finally {
      await keys.close()
    }
  }, { existing: command !== 'create' })
}
