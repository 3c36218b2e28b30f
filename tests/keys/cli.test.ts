import { execFile, spawn } from 'node:child_process'
import { once } from 'node:events'
import { existsSync } from 'node:fs'
import { mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises'
import { createServer } from 'node:http'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { promisify } from 'node:util'
import t, { type Test } from 'tap'
import { buildApp } from '../../src/app.js'
import { loadConfig } from '../../src/config.js'
import { openDatabase } from '../../src/db/database.js'
import { serveLocalSocket } from '../../src/http/local-socket.js'
import { ensureLocalAdminKey, LOCAL_ADMIN_NAME, localSocketPath } from '../../src/keys/local-admin.js'
import { projectRoot } from '../../src/paths.js'
import { bearer } from '../helpers/keys.js'

const run = promisify(execFile)

t.test('npm run keys works on the database the server uses', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'bonds-cli-'))
  t.teardown(() => rm(dataDir, { recursive: true, force: true }))
  const keys = (...args: string[]) =>
    run(process.execPath, ['--import', 'tsx', 'src/cli/keys.ts', ...args], {
      cwd: projectRoot,
      env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' },
    })

  const nothing = await keys('list').catch((error: { stderr: string; code: number }) => error)
  t.match(nothing, { code: 1, stderr: /No database in .*Set DATA_DIR to the folder the server uses/ }, 'list refuses a folder without a database')
  t.same(await readdir(dataDir), [], 'and leaves it empty')

  const created = JSON.parse(
    (
      await keys(
        'create',
        '--name',
        'Portal',
        '--scopes',
        'content:read',
        '--policy',
        '{"maxDepth":2}',
        '--rate-limit',
        '100',
        '--expires',
        '2099-01-01',
        '--json',
      )
    ).stdout,
  )
  t.match(created, { name: 'Portal', scopes: ['content:read'], policy: { maxDepth: 2 }, rateLimit: 100, expiresAt: '2099-01-01T00:00:00.000Z' })
  t.match(created.key, /^msb_/)
  const listed = JSON.parse((await keys('list', '--json')).stdout)
  t.same(
    listed.map((key: { id: string }) => key.id),
    [created.id],
  )
  t.notOk(JSON.stringify(listed).includes(created.key))
  await t.rejects(keys('create', '--name', 'x', '--scopes', 'root'), /scopes\.0/)
  await t.rejects(keys('create', '--name', 'x', '--scopes', 'content:read', '--policy', '{nope'), /--policy is not valid JSON/)

  const database = await openDatabase({ dataDir })
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'production', DATA_DIR: dataDir }), database, logger: false })
  t.equal((await app.inject({ url: '/v1/topics', headers: bearer(created.key) })).statusCode, 200, 'the server accepts the key')
  await app.close()
  await database.close()

  t.match((await keys('revoke', created.id)).stdout, /Revoked/)
  const reopened = await openDatabase({ dataDir })
  const again = await buildApp({ config: loadConfig({ NODE_ENV: 'production' }), database: reopened, logger: false })
  t.equal((await again.inject({ url: '/v1/topics', headers: bearer(created.key) })).statusCode, 401, 'revoked')
  await again.close()
  await reopened.close()
})

/** A socket file as a server killed with SIGKILL leaves it: nothing listens on it. */
async function leaveStaleSocket(path: string) {
  const child = spawn(process.execPath, ['-e', `require('net').createServer().listen(${JSON.stringify(path)}, () => process.kill(process.pid, 'SIGKILL'))`])
  await once(child, 'exit')
}

/** A server on one of this suite's ports (3430-3439) that records every connection it gets. */
async function stranger(t: Test): Promise<{ url: string; connections: string[] }> {
  const connections: string[] = []
  const server = createServer((_request, response) => response.end('{"data":[]}'))
  server.on('connection', (socket) => connections.push(`connection from ${socket.remotePort}`))
  for (let port = 3430; ; port += 1) {
    const listening = await new Promise<boolean>((resolve, reject) => {
      server.once('error', (error: NodeJS.ErrnoException) => (error.code === 'EADDRINUSE' && port < 3439 ? resolve(false) : reject(error)))
      server.listen(port, '127.0.0.1', () => resolve(true))
    })
    if (!listening) continue
    t.teardown(() => new Promise<void>((resolve) => server.close(() => resolve())))
    return { url: `http://127.0.0.1:${port}`, connections }
  }
}

t.test('while a development server holds the embedded database, npm run keys goes through its socket and nowhere else', async (t) => {
  const dataDir = await mkdtemp(join(tmpdir(), 'bonds-cli-held-'))
  t.teardown(() => rm(dataDir, { recursive: true, force: true }))
  const keys = (...args: string[]) =>
    run('npm', ['run', '-s', 'keys', '--', ...args], { cwd: projectRoot, env: { ...process.env, DATA_DIR: dataDir, DATABASE_URL: '', LOG_LEVEL: 'silent' } })
  const other = await stranger(t)

  // What src/server.ts does in development: hold the folder, listen, keep the local admin key, serve the socket.
  const database = await openDatabase({ dataDir })
  const app = await buildApp({ config: loadConfig({ NODE_ENV: 'development', DATA_DIR: dataDir }), database, logger: false })
  t.teardown(async () => {
    await app.close()
    await database.close()
  })
  await app.listen({ port: 0, host: '127.0.0.1' })
  const url = `http://127.0.0.1:${(app.server.address() as { port: number }).port}`
  const local = await ensureLocalAdminKey(app.services.keys, dataDir, { keyId: null, name: 'test' })
  t.equal(local.created, true)
  t.equal((await stat(local.file)).mode & 0o777, 0o600, 'the key file is readable by its owner only')
  t.equal((await ensureLocalAdminKey(app.services.keys, dataDir, { keyId: null, name: 'test' })).created, false, 'kept across starts')

  // What a dead development server left: where it listened (earlier versions trusted this), then its socket.
  await writeFile(join(dataDir, 'server.json'), `${JSON.stringify({ url: other.url, pid: process.pid })}\n`)
  const starting = await keys('list').catch((error: { stderr: string; code: number }) => error)
  t.match(starting, { code: 1, stderr: /no development server listens in it \(no server\.sock\)/ }, 'no socket: the CLI says to wait or stop the holder')
  await leaveStaleSocket(join(dataDir, 'server.sock'))
  const stale = await keys('list').catch((error: { stderr: string; code: number }) => error)
  t.match(stale, { code: 1, stderr: /Nothing answers on .*server\.sock.*Nothing was sent.*rm / }, 'a stale socket: the CLI says what to do')
  t.same(other.connections, [], 'the stranger at the old URL received nothing, not even a connection')

  const stop = await serveLocalSocket(app, localSocketPath(dataDir)!)
  t.equal((await stat(join(dataDir, 'server.sock'))).mode & 0o777, 0o600, "the socket is its owner's only")
  const created = JSON.parse((await keys('create', '--name', 'Portal', '--scopes', 'content:read', '--json')).stdout)
  t.match(created, { name: 'Portal', scopes: ['content:read'] })
  t.equal((await fetch(`${url}/v1/topics/boundaries`, { headers: bearer(created.key) })).status, 200, 'the new key works at once')
  const listed = JSON.parse((await keys('list', '--json')).stdout) as { id: string; name: string }[]
  t.same(listed.map((key) => key.name).sort(), ['Portal', LOCAL_ADMIN_NAME], '`npm run -s keys -- list --json` prints JSON only')
  t.match((await keys('revoke', created.id)).stdout, /Revoked key/)
  t.equal((await fetch(`${url}/v1/topics/boundaries`, { headers: bearer(created.key) })).status, 401, 'revoked at once')
  await t.rejects(keys('revoke', 'XXXXXXXXXXXX'), /The server refused: No API key has the id/)
  t.same(other.connections, [], 'and the stranger still nothing')

  // A revoked local admin key is replaced on the next start.
  const revoked = listed.find((key) => key.name === LOCAL_ADMIN_NAME)!
  await app.services.keys.revoke(revoked.id)
  t.equal((await ensureLocalAdminKey(app.services.keys, dataDir, { keyId: null, name: 'test' })).created, true)
  await stop()
  t.notOk(existsSync(join(dataDir, 'server.sock')), 'the socket goes when the server stops')
})
