import { join, resolve } from 'node:path'
import t from 'tap'
import { localSocketPath } from '../../src/keys/local-admin.js'

t.test('the socket path fits a socket address, or there is none', async (t) => {
  t.equal(localSocketPath('/tmp/data'), '/tmp/data/server.sock')
  t.equal(localSocketPath(join(process.cwd(), 'x'.repeat(60), 'y'.repeat(60))), null, 'too long absolute and relative: none')
  // A long folder under the working directory: named relative to it when only that fits.
  const near = join(process.cwd(), 'z'.repeat(90))
  const named = localSocketPath(near)
  t.equal(named, Buffer.byteLength(resolve(near, 'server.sock')) <= 103 ? resolve(near, 'server.sock') : join('z'.repeat(90), 'server.sock'))
  t.ok(named !== null && Buffer.byteLength(named) <= 103)
})
