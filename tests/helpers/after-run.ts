// tap runs this once after the test files (see .taprc): this run's templates go.
import { dropTemplates } from './template-runs.js'

// Started by the tap runner, as the test files are: its pid names the run (see runId).
process.env.BONDS_TEST_RUN ??= String(process.ppid)
await dropTemplates('this run')
