import { spawn, spawnSync, type ChildProcess } from 'node:child_process'
import { once } from 'node:events'
import { connect } from 'node:net'

export interface OwnRedis {
  url: string
  pid: number
  freeze(): void
  thaw(): void
  stop(): Promise<void>
}

/** Whether redis-server can run here; under CI=true a missing binary is a failure, never a skip. */
export function redisServerMissing(): string | false {
  const found = spawnSync('redis-server', ['--version'], { stdio: 'ignore' })
  if (!found.error && found.status === 0) return false
  return 'redis-server is not installed'
}

/**
 * A redis-server of the test's own (no persistence), so it can be frozen with SIGSTOP, as a hung or
 * partitioned server behaves (the socket stays open, nothing answers), without touching the shared one.
 */
export async function startOwnRedis(port: number): Promise<OwnRedis> {
  const child: ChildProcess = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' })
  const exited = once(child, 'exit')
  const pid = child.pid
  if (pid === undefined) throw new Error('redis-server did not start')
  const deadline = Date.now() + 5_000
  while (!(await answersPing(port))) {
    if (child.exitCode !== null || Date.now() > deadline) {
      child.kill('SIGKILL')
      throw new Error(`redis-server did not answer on port ${port} (is the port taken?)`)
    }
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
  const signal = (name: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) process.kill(pid, name)
  }
  return {
    url: `redis://127.0.0.1:${port}`,
    pid,
    freeze: () => signal('SIGSTOP'),
    thaw: () => signal('SIGCONT'),
    async stop() {
      signal('SIGCONT')
      signal('SIGKILL')
      if (child.exitCode === null && child.signalCode === null) await exited
    },
  }
}

function answersPing(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(port, '127.0.0.1')
    socket.setTimeout(500)
    socket.once('connect', () => socket.write('PING\r\n'))
    socket.once('data', (data) => {
      socket.destroy()
      resolve(data.toString().startsWith('+PONG'))
    })
    socket.once('error', () => resolve(false))
    socket.once('timeout', () => {
      socket.destroy()
      resolve(false)
    })
  })
}
