import { randomUUID } from 'node:crypto'
import type { Socket } from 'node:net'
import { errorCatalogue, problemType, type ErrorCode } from '../errors.js'

const codeByNodeError: Record<string, ErrorCode> = {
  ERR_HTTP_REQUEST_TIMEOUT: 'REQUEST_TIMEOUT',
  HPE_HEADER_OVERFLOW: 'HEADERS_TOO_LARGE',
}

/**
 * Errors Node raises before Fastify sees a request: malformed HTTP, headers too large, a request
 * that did not arrive in time. The answer is a problem document too, and the connection is closed.
 */
export function clientErrorHandler(error: Error & { code?: string }, socket: Socket) {
  if (error.code === 'ECONNRESET' || !socket.writable) {
    socket.destroy()
    return
  }
  const code = codeByNodeError[error.code ?? ''] ?? 'MALFORMED_REQUEST'
  const { status, title } = errorCatalogue[code]
  // No request was read, so no request id either: a fresh one, for the caller to quote.
  const requestId = randomUUID()
  const body = JSON.stringify({ type: problemType(code), title, status, detail: title, code, requestId })
  socket.end(
    `HTTP/1.1 ${status} ${title}\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n` +
      `Cache-Control: no-store\r\nX-Request-Id: ${requestId}\r\nConnection: close\r\n\r\n${body}`,
  )
}
