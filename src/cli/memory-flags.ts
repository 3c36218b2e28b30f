import { ConfigError, loadConfig, loadEnvFile } from '../config.js'
import { heapFlag, memoryBudget } from '../memory/budget.js'

// Prints the Node flags the server must start with, derived from MEMORY_BUDGET_MB (and .env) as the
// server will derive it: `npm start` and the Docker image run `node $(this) …/server`.
try {
  loadEnvFile()
  process.stdout.write(`${heapFlag(memoryBudget(loadConfig()))}\n`)
} catch (error) {
  process.stderr.write(`${error instanceof ConfigError ? error.message : String(error)}\n`)
  process.exit(1)
}
