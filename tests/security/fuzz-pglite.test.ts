// The OpenAPI fuzz (./fuzz-suite.ts) on the embedded database.
import { fuzzOn } from './fuzz-suite.js'

fuzzOn('pglite')
