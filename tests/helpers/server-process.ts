import { spawn, type ChildProcess } from 'node:child_process'
import { loadConfig } from '../../src/config.js'
import { heapFlag, memoryBudget } from '../../src/memory/budget.js'
import { projectRoot } from '../../src/paths.js'

/**
 * Runs src/server.ts as `npm start` does: with the heap flag derived from the memory budget of the
 * environment it is given (the server refuses a heap its budget does not give), output piped.
 */
export function spawnServer(
  env: NodeJS.ProcessEnv,
): ChildProcess & { stdout: NonNullable<ChildProcess['stdout']>; stderr: NonNullable<ChildProcess['stderr']> } {
  return spawn(process.execPath, [...heapFlag(memoryBudget(loadConfig(env))).split(' '), '--import', 'tsx', 'src/server.ts'], {
    cwd: projectRoot,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  }) as never
}
