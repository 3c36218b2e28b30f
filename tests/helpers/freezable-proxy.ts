import { createServer, connect, type Server, type Socket } from 'node:net'

/**
 * A TCP proxy in front of PostgreSQL that can freeze: while frozen it accepts connections and reads
 * what is sent but forwards nothing in either direction, as a stopped (SIGSTOP) or partitioned
 * server would behave. It lets a test freeze one database's traffic without touching the shared server.
 */
export interface FreezableProxy {
  port: number
  freeze(): void
  thaw(): void
  close(): Promise<void>
}

export async function startFreezableProxy(target: { host: string; port: number }): Promise<FreezableProxy> {
  let frozen = false
  const pairs = new Set<{ client: Socket; upstream: Socket }>()
  const server: Server = createServer((client) => {
    const upstream = connect(target.port, target.host)
    const pair = { client, upstream }
    pairs.add(pair)
    const held: { to: Socket; chunk: Buffer }[] = []
    const forward = (to: Socket) => (chunk: Buffer) => {
      if (frozen) held.push({ to, chunk })
      else to.write(chunk)
    }
    client.on('data', forward(upstream))
    upstream.on('data', forward(client))
    const end = () => {
      pairs.delete(pair)
      client.destroy()
      upstream.destroy()
    }
    client.on('error', end).on('close', end)
    upstream.on('error', end).on('close', end)
    thawers.add(() => {
      for (const { to, chunk } of held.splice(0)) if (!to.destroyed) to.write(chunk)
    })
  })
  const thawers = new Set<() => void>()
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const address = server.address()
  if (!address || typeof address !== 'object') throw new Error('proxy has no port')
  return {
    port: address.port,
    freeze: () => {
      frozen = true
    },
    thaw: () => {
      frozen = false
      for (const thaw of thawers) thaw()
    },
    close: async () => {
      for (const { client, upstream } of pairs) {
        client.destroy()
        upstream.destroy()
      }
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}
