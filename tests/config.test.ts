import { writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import t from 'tap'
import { ConfigError, loadConfig, loadEnvFile } from '../src/config.js'

t.test('defaults need nothing set', async (t) => {
  t.match(loadConfig({}), { PORT: 3000, HOST: '127.0.0.1', DATA_DIR: './data', LOG_LEVEL: 'info', NODE_ENV: 'development' })
  t.equal(loadConfig({}).DATABASE_URL, undefined)
  t.equal(loadConfig({ DATABASE_URL: '' }).DATABASE_URL, undefined, 'an empty value counts as unset')
})

t.test('values are parsed', async (t) => {
  const config = loadConfig({ PORT: '8080', DATABASE_URL: 'postgres://u@h:5432/db', NODE_ENV: 'production' })
  t.match(config, { PORT: 8080, DATABASE_URL: 'postgres://u@h:5432/db', NODE_ENV: 'production' })
})

t.test('a bad value stops start-up with a message naming it', async (t) => {
  t.throws(() => loadConfig({ PORT: 'eighty' }), ConfigError)
  t.throws(() => loadConfig({ PORT: '70000' }), { message: /PORT/ })
  t.throws(() => loadConfig({ DATABASE_URL: 'mysql://x' }), { message: /DATABASE_URL: must be a postgres/ })
  t.throws(() => loadConfig({ LOG_LEVEL: 'loud', NODE_ENV: 'staging' }), { message: /LOG_LEVEL[\s\S]*NODE_ENV/ })
})

t.test('.env is read when it exists; the environment wins over it', async (t) => {
  const folder = t.testdir()
  const file = join(folder, '.env')
  t.equal(loadEnvFile(file, {}), false, 'no file: nothing read')
  await writeFile(file, '# local settings\nPORT=4000\nLOG_LEVEL=warn\nCORS_ORIGINS="https://portal.example.org"\n')
  const env: NodeJS.ProcessEnv = { LOG_LEVEL: 'debug' }
  t.equal(loadEnvFile(file, env), true)
  t.same(env, { PORT: '4000', LOG_LEVEL: 'debug', CORS_ORIGINS: 'https://portal.example.org' })
  t.match(loadConfig(env), { PORT: 4000, LOG_LEVEL: 'debug', CORS_ORIGINS: ['https://portal.example.org'] })
})
