// The ceiling for a benchmark: a bare Fastify server that sends recorded responses from memory,
// byte for byte, with their content type. Run as a child process, like the service.
// Usage: node --import tsx bench/ceiling-server.ts <port> <responses.json>
import { readFileSync } from 'node:fs'
import Fastify from 'fastify'

interface Recorded {
  method: 'GET' | 'POST'
  path: string
  /** The request body, for POSTs: each distinct body has its own recorded answer. */
  requestBody?: string
  contentType: string
  body: string
}

const [port, file] = process.argv.slice(2)
const responses = JSON.parse(readFileSync(String(file), 'utf8')) as Recorded[]
const app = Fastify({ logger: false })
// Bodies are looked up as sent, not parsed: the ceiling does no work a cache hit would not do.
app.addContentTypeParser('application/json', { parseAs: 'string' }, (_request, body, done) => done(null, body))
const byKey = new Map(responses.map((item) => [`${item.method} ${item.path} ${item.requestBody ?? ''}`, item]))
app.route({
  method: ['GET', 'POST'],
  url: '/*',
  handler: (request, reply) => {
    const recorded = byKey.get(`${request.method} ${request.url} ${typeof request.body === 'string' ? request.body : ''}`)
    if (!recorded) return reply.code(404).send()
    return reply.type(recorded.contentType).send(recorded.body)
  },
})
await app.listen({ port: Number(port), host: '127.0.0.1' })
process.stdout.write('ready\n')
