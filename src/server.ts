import { relative, resolve } from 'node:path'
import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { ConfigError, loadConfig, loadEnvFile } from './config.js'
import { serveLocalSocket } from './http/local-socket.js'
import { ensureLocalAdminKey, localSocketPath, removeLeftoverAnnouncements, retireLocalAdminKey } from './keys/local-admin.js'
import { heapLimitProblem, memoryBudget } from './memory/budget.js'

async function main() {
  loadEnvFile()
  const config = loadConfig()
  // The heap V8 was given must be the budget's heap part: the caches' bounds are derived from it.
  const heapProblem = heapLimitProblem(memoryBudget(config))
  if (heapProblem) throw new ConfigError(heapProblem)
  const startedAt = performance.now()
  const app = await buildApp({ config })
  let forgetServer = async () => {}

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an unexpected error')
    else app.log.info({ signal }, 'shutting down')
    await forgetServer()
    await app.close()
  })

  if (!config.DATABASE_URL) await removeLeftoverAnnouncements(config.DATA_DIR)
  if (config.NODE_ENV !== 'development') {
    // Before listening, so a local admin key never works on this server, not even for a moment.
    const retired = await retireLocalAdminKey(app.services.keys, config.DATABASE_URL ? null : config.DATA_DIR, {
      keyId: null,
      name: `${config.NODE_ENV} server start`,
    })
    if (retired.revokedKeyIds.length > 0 || retired.removedFile) {
      app.log.warn(
        retired,
        'this database held a local admin key, which only a development server keeps: revoked it and removed its file; ' +
          'make keys with `npm run keys -- create` (server stopped) or POST /v1/admin/keys',
      )
    }
  }

  await app.listen({ port: config.PORT, host: config.HOST })
  const address = app.server.address()
  const port = address && typeof address === 'object' ? address.port : config.PORT
  const base = `http://${config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${port}`
  const database = config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.DATA_DIR}`
  const urls = { docs: `${base}/docs`, openapi: `${base}/openapi.json`, graphiql: `${base}/graphiql` }
  app.log.info({ startupMs: Math.round(performance.now() - startedAt), database, ...urls }, 'ready')
  // Production logs stay JSON lines only: the banner is for a developer's terminal.
  if (config.NODE_ENV !== 'development') return

  // On the embedded database this process holds DATA_DIR: the keys CLI goes through the admin API
  // with the local admin key instead (src/keys/local-admin.ts).
  let keyLines: string[]
  if (config.DATABASE_URL) {
    keyLines = ['To make an API key:', '  npm run keys -- create --name me --scopes content:read,content:preview']
  } else {
    const local = await ensureLocalAdminKey(app.services.keys, config.DATA_DIR, { keyId: null, name: 'development server start' })
    let socket = localSocketPath(config.DATA_DIR)
    if (socket) {
      // The socket is a convenience for the keys CLI: without it the server still serves.
      forgetServer = await serveLocalSocket(app, socket).catch((err: unknown) => {
        app.log.warn({ err }, 'could not serve the keys CLI socket in DATA_DIR')
        socket = null
        return async () => {}
      })
    }
    const shown = (file: string) => (relative(process.cwd(), file).startsWith('..') ? resolve(file) : relative(process.cwd(), file))
    keyLines = socket
      ? [
          'To make an API key, in another terminal while this server runs:',
          '  npm run keys -- create --name me --scopes content:read,content:preview',
          `(It goes through the admin API on ${shown(socket)} with the local admin key ${local.created ? 'made now and ' : ''}kept in ${shown(local.file)}.)`,
        ]
      : [
          `\`npm run keys\` cannot reach this server (no Unix socket in DATA_DIR: its path is too long, or this is Windows):`,
          'stop the server to run the keys CLI.',
        ]
  }
  process.stdout.write(
    [
      '',
      `Strengthening Bonds content API is running on ${database}.`,
      `  REST docs (Swagger UI):  ${urls.docs}`,
      `  OpenAPI document:        ${urls.openapi}`,
      `  GraphiQL:                ${urls.graphiql}`,
      `  Try it:                  curl -s ${base}/v1/topics/boundaries`,
      `  Search:                  curl -s '${base}/v1/search?q=boundaries'`,
      '',
      'Development mode: calls without an API key act as an anonymous editor (read, preview drafts, edit, publish;',
      'see "Editing through the API" in the README). Production needs a key on every /v1 and /graphql call.',
      ...keyLines,
      '',
    ].join('\n') + '\n',
  )
}

main().catch((error: unknown) => {
  if (error instanceof ConfigError) {
    process.stderr.write(`${error.message}\n`)
  } else {
    process.stderr.write(`Failed to start: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  }
  process.exit(1)
})
