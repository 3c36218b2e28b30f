// The OpenAPI fuzz (./fuzz-suite.ts) on PostgreSQL, when TEST_DATABASE_URL names one.
import t from 'tap'
import { drivers } from '../helpers/build.js'
import { fuzzOn } from './fuzz-suite.js'

if (drivers.includes('postgres')) fuzzOn('postgres')
else t.pass('no TEST_DATABASE_URL: the PostgreSQL fuzz runs in CI')
