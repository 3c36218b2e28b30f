import { chmod, rm } from 'node:fs/promises'
import { createServer } from 'node:http'
import type { App } from '../app.js'

/** The CLI sends key names and scopes; a request larger than this is no CLI's. */
const MAX_BODY_BYTES = 1_048_576

/**
 * Serves the app on a Unix socket (src/keys/local-admin.ts says why). Each request goes through
 * `app.inject`, the same pipeline as over TCP (hooks, authentication, rate limits, logging), as a local
 * caller; the answer goes back unchanged. Only the process holding the data folder's lock calls this, so
 * a socket file already there is a leftover of a server that stopped, and is replaced.
 */
export async function serveLocalSocket(app: App, path: string): Promise<() => Promise<void>> {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = []
    let size = 0
    request.on('data', (chunk: Buffer) => {
      size += chunk.length
      if (size > MAX_BODY_BYTES) {
        response.writeHead(413, { connection: 'close' }).end()
        request.destroy()
      } else chunks.push(chunk)
    })
    request.on('end', () => {
      if (response.headersSent) return // refused as too large
      app
        .inject({
          method: request.method as 'GET',
          url: request.url ?? '/',
          headers: request.headers,
          payload: Buffer.concat(chunks),
          remoteAddress: '127.0.0.1',
        })
        .then((answer) => {
          const { 'transfer-encoding': _chunked, connection: _connection, 'keep-alive': _keepAlive, ...headers } = answer.headers
          response.writeHead(answer.statusCode, { ...headers, 'content-length': answer.rawPayload.length }).end(answer.rawPayload)
        })
        .catch(() => response.writeHead(500).end())
    })
  })
  await rm(path, { force: true })
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(path, () => {
      server.off('error', reject)
      resolve()
    })
  })
  // The folder is 0700 already; the socket's own mode holds even if someone loosens the folder.
  await chmod(path, 0o600)
  return async () => {
    server.closeAllConnections()
    await new Promise<void>((resolve) => server.close(() => resolve()))
    await rm(path, { force: true })
  }
}
