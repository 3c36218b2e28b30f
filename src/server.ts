import closeWithGrace from 'close-with-grace'
import { buildApp } from './app.js'
import { ConfigError, loadConfig, loadEnvFile } from './config.js'

async function main() {
  loadEnvFile()
  const config = loadConfig()
  const startedAt = performance.now()
  const app = await buildApp({ config })

  closeWithGrace({ delay: 10_000 }, async ({ signal, err }) => {
    if (err) app.log.error({ err }, 'closing after an unexpected error')
    else app.log.info({ signal }, 'shutting down')
    await app.close()
  })

  await app.listen({ port: config.PORT, host: config.HOST })
  const base = `http://${config.HOST === '0.0.0.0' || config.HOST === '::' ? 'localhost' : config.HOST}:${app.server.address() && typeof app.server.address() === 'object' ? (app.server.address() as { port: number }).port : config.PORT}`
  const database = config.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${config.DATA_DIR}`
  app.log.info({ startupMs: Math.round(performance.now() - startedAt), database }, 'ready')
  process.stdout.write(
    [
      '',
      `Strengthening Bonds content API is running on ${database}.`,
      `  REST docs (Swagger UI):  ${base}/docs`,
      `  OpenAPI document:        ${base}/openapi.json`,
      `  GraphiQL:                ${base}/graphiql`,
      `  Try it:                  curl -s ${base}/v1/topics/boundaries`,
      `  Search:                  curl -s '${base}/v1/search?q=boundaries'`,
      '',
      config.NODE_ENV === 'development'
        ? 'Development mode: calls without an API key act as an anonymous editor (read, preview drafts, edit, publish; see "Editing through the API" in the README). To make a key (stop the server first on the embedded database):'
        : 'Every /v1 and /graphql call needs an API key (Authorization: Bearer <key>). Make one with:',
      "  npm run keys -- create --name me --scopes content:read,content:preview,keys:admin",
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
