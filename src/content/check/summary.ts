/** A problem as content:check and the import report it: where (`file: field (slug)`), what, and the rule. */
export interface ReportedProblem {
  where: string
  message: string
  rule: string
}

/** How many problems are shown in full before the rest are counted. */
export const PROBLEMS_IN_FULL = 10
/** How many (rule, file) counts are listed before the rest are counted too. */
const GROUPS_LISTED = 40
/** A message longer than this is cut (a schema message can quote a whole value). */
const MESSAGE_CHARS = 300

/** One problem on one line: its file and item, what is wrong, and its rule. */
export function problemLine(problem: ReportedProblem): string {
  const message = problem.message.length > MESSAGE_CHARS ? `${problem.message.slice(0, MESSAGE_CHARS)}…` : problem.message
  return `${problem.where}: ${message} [${problem.rule}]`
}

const fileOf = (where: string) => where.split(': ')[0] ?? where
// The item's field without its index and slug, so 500 activities missing `steps` count as one field.
const fieldOf = (where: string) =>
  (where.split(': ')[1] ?? '')
    .replace(/ \(.*\)$/, '')
    .replace(/\.\d+(?=\.|$)/g, '.*')
    .replace(/^[a-z]+\.\*$/, '')

/**
 * A long list of problems, bounded: the first `PROBLEMS_IN_FULL` in full, then a count per rule and file
 * (with the fields that fail most), so 2,500 problems read in a screen, not in 170,000 characters. The
 * full list stays in `content:check --json` and in the error's `problems`.
 */
export function summarizeProblems(problems: readonly ReportedProblem[]): string[] {
  const lines = problems.slice(0, PROBLEMS_IN_FULL).map(problemLine)
  if (problems.length <= PROBLEMS_IN_FULL) return lines
  const groups = new Map<string, { rule: string; file: string; count: number; fields: Map<string, number> }>()
  for (const problem of problems) {
    const file = fileOf(problem.where)
    const key = `${problem.rule}\u0000${file}`
    const group = groups.get(key) ?? { rule: problem.rule, file, count: 0, fields: new Map<string, number>() }
    group.count++
    const field = fieldOf(problem.where)
    if (field) group.fields.set(field, (group.fields.get(field) ?? 0) + 1)
    groups.set(key, group)
  }
  const sorted = [...groups.values()].sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule) || a.file.localeCompare(b.file))
  lines.push(`...and ${problems.length - PROBLEMS_IN_FULL} more; all ${problems.length} by rule and file (--json lists each one):`)
  for (const group of sorted.slice(0, GROUPS_LISTED)) {
    const fields = [...group.fields].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    const top = fields.slice(0, 5).map(([field, count]) => `${field} ${count}`)
    const rest = fields.length > 5 ? `, ${fields.length - 5} more fields` : ''
    lines.push(`  ${String(group.count).padStart(5)}  ${group.rule} in ${group.file}${top.length ? ` (${top.join(', ')}${rest})` : ''}`)
  }
  if (sorted.length > GROUPS_LISTED) {
    const left = sorted.slice(GROUPS_LISTED)
    lines.push(`  ${String(left.reduce((sum, group) => sum + group.count, 0)).padStart(5)}  in ${left.length} more rule and file pairs`)
  }
  return lines
}
