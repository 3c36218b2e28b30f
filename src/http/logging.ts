import type { FastifyRequest } from 'fastify'
import type { Writable } from 'node:stream'
import { maskKeys } from '../keys/mask.js'
import { decodedUrl } from './url.js'

const SECRET_PARAMETERS = /([?&](?:api[_-]?key|apikey|key|access[_-]?token|token|authorization)=)[^&]*/gi

/** URLs as logged: anything that looks like a key, a key's secret or a credential parameter is masked. */
export function redactUrl(url: string): string {
  // Checked on the decoded form, so `msb%5F...` is caught; then the decoded, redacted form is logged.
  return maskKeys(decodedUrl(url).replace(SECRET_PARAMETERS, '$1[redacted]'))
}

/**
 * Pino options: keys and Authorization headers never reach the log. `pretty` writes readable lines
 * through pino-pretty (development); otherwise each line is JSON, for a log pipeline.
 */
export function loggerOptions(level: string, stream?: Writable, pretty = false) {
  return {
    level,
    ...(stream ? { stream } : {}),
    ...(pretty && !stream
      ? { transport: { target: 'pino-pretty', options: { translateTime: 'SYS:HH:MM:ss', ignore: 'pid,hostname', singleLine: true } } }
      : {}),
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'headers.authorization', 'key'], censor: '[redacted]' },
    serializers: {
      req(request: FastifyRequest) {
        return { method: request.method, url: redactUrl(request.url), remoteAddress: request.ip }
      },
    },
  }
}
