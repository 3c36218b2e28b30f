import fc from 'fast-check'
import t from 'tap'
import { BreakerOpenError, CircuitBreaker } from '../../src/redis/breaker.js'

const ok = () => Promise.resolve('ok')
const fail = () => Promise.reject(new Error('Command timed out'))

function clocked(failures = 3, openMs = 1_000) {
  let now = 0
  const breaker = new CircuitBreaker({ failures, openMs, now: () => now })
  return { breaker, advance: (ms: number) => (now += ms) }
}

t.test('opens after the failures in a row, sends nothing while open, and one probe closes it', async (t) => {
  const { breaker, advance } = clocked()
  let sent = 0
  const counted = (work: () => Promise<string>) => () => {
    sent++
    return work()
  }
  await breaker.run(counted(ok))
  for (let index = 0; index < 3; index++) await t.rejects(breaker.run(counted(fail)), { message: 'Command timed out' })
  t.equal(breaker.state, 'open')
  t.equal(breaker.opened, 1)
  await t.rejects(breaker.run(counted(ok)), BreakerOpenError)
  t.equal(sent, 4, 'nothing sent while open')
  advance(999)
  t.equal(breaker.state, 'open')
  advance(1)
  t.equal(breaker.state, 'half-open')
  let release: (value: string) => void = () => {}
  const probe = breaker.run(counted(() => new Promise<string>((resolve) => (release = resolve))))
  await t.rejects(breaker.run(counted(ok)), BreakerOpenError, 'one probe at a time')
  release('ok')
  t.equal(await probe, 'ok')
  t.equal(breaker.state, 'closed')
  t.equal(sent, 5)
})

t.test('a failed probe opens it again for the whole interval', async (t) => {
  const { breaker, advance } = clocked(1)
  await t.rejects(breaker.run(fail))
  advance(1_000)
  await t.rejects(breaker.run(fail), { message: 'Command timed out' })
  t.equal(breaker.state, 'open')
  t.equal(breaker.opened, 2)
  advance(999)
  await t.rejects(breaker.run(ok), BreakerOpenError)
})

t.test('any sequence of outcomes: open exactly when the last `failures` calls failed since the last success', async (t) => {
  await fc.assert(
    fc.asyncProperty(fc.integer({ min: 1, max: 5 }), fc.array(fc.boolean(), { maxLength: 30 }), async (failures, outcomes) => {
      const { breaker } = clocked(failures)
      let inRow = 0
      for (const succeeds of outcomes) {
        if (breaker.state === 'open') {
          const refused = await breaker.run(ok).then(
            () => false,
            (error) => error instanceof BreakerOpenError,
          )
          if (!refused) return false
          continue
        }
        await breaker.run(succeeds ? ok : fail).catch(() => {})
        inRow = succeeds ? 0 : inRow + 1
        if (((breaker.state as string) === 'open') !== inRow >= failures) return false
      }
      return true
    }),
  )
  t.pass('held for every sequence')
})
