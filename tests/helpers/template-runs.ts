import { readdir, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import pg from 'pg'

// How the test databases' templates (template-database.ts) are named per test run, and removed: apart,
// so tap's before and after scripts need nothing from src/.

export type TemplateKind = 'migrated' | 'published'

const TEMPLATE_PREFIX = 'bonds_tpl_'
const FOLDER_PREFIX = 'bonds-templates-'

/**
 * The test files of one `tap` run are children of its runner, as are its before and after scripts: the
 * runner's pid names the run. A file run on its own has a run of its own.
 */
export const runId = (): string => process.env.BONDS_TEST_RUN ?? String(process.env.TAP === '1' ? process.ppid : process.pid)

export const folderOf = (run: string) => join(tmpdir(), `${FOLDER_PREFIX}${run}`)
export const templateName = (run: string, kind: TemplateKind) => `${TEMPLATE_PREFIX}${run}_${kind}`

const adminUrl = () => process.env.TEST_DATABASE_URL as string

export function databaseUrl(name: string): string {
  const url = new URL(adminUrl())
  url.pathname = `/${name}`
  return url.toString()
}

export async function withAdmin<T>(fn: (admin: pg.Client) => Promise<T>): Promise<T> {
  const admin = new pg.Client({ connectionString: adminUrl() })
  await admin.connect()
  try {
    return await fn(admin)
  } finally {
    await admin.end()
  }
}

const alive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * Removes the templates of runs that ended (a killed run leaks them), or of this run when it ends.
 * Runs are named by pid, so a run whose process is gone is over.
 */
export async function dropTemplates(which: 'ended runs' | 'this run'): Promise<void> {
  const over = (run: string) => (which === 'this run' ? run === runId() : /^\d+$/.test(run) && !alive(Number(run)))
  for (const entry of await readdir(tmpdir())) {
    if (entry.startsWith(FOLDER_PREFIX) && over(entry.slice(FOLDER_PREFIX.length))) {
      await rm(join(tmpdir(), entry), { recursive: true, force: true })
    }
  }
  if (!process.env.TEST_DATABASE_URL) return
  await withAdmin(async (admin) => {
    const { rows } = await admin.query<{ datname: string }>('select datname from pg_database where datname like $1', [`${TEMPLATE_PREFIX}%`])
    for (const { datname } of rows) {
      const run = datname.slice(TEMPLATE_PREFIX.length).replace(/_(migrated|published)$/, '')
      if (over(run)) await admin.query(`drop database if exists ${datname} with (force)`)
    }
  })
}
