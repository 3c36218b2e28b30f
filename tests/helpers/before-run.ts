// tap runs this once before the test files (see .taprc): templates that killed runs left behind go. The
// test files make this run's templates when they first need them (template-database.ts).
import { dropTemplates } from './template-runs.js'

// Started by the tap runner, as the test files are: its pid names the run (see runId).
process.env.BONDS_TEST_RUN ??= String(process.ppid)
await dropTemplates('ended runs')
