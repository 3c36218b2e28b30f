import type { ContentDocument } from '../load-content.js'
import { MAX_AGE, situations, themes } from '../vocabulary.js'

/** Each age a child is counted at on his own (3 to 18), then the adult bands. */
export const coverageAges: readonly (readonly [number, number])[] = [
  ...Array.from({ length: 16 }, (_, index) => [index + 3, index + 3] as const),
  [19, 25],
  [26, 40],
  [41, MAX_AGE],
]

/** How many prompts (and how many of them everyday ones) and activities one row of the report covers. */
export interface CoverageRow {
  prompts: number
  /**
   * Prompts the daily prompt draws from for a caller who asks for nothing more: not activity-only, not
   * situational, not sensitive, depth 1 or 2.
   */
  everydayPrompts: number
  activities: number
}

export interface CoverageReport {
  /** Keyed "3" ... "18", then "19-25", "26-40", "41-99": items whose age range includes the age (or meets the band). */
  byAge: Record<string, CoverageRow>
  /** Keyed by topic slug: items that name the topic (main or other, for prompts; nurtured, for activities). */
  byTopic: Record<string, CoverageRow>
  /** Keyed by situation, then "(none)": items that assume the situation, or none. */
  bySituation: Record<string, CoverageRow>
  /** Keyed by theme: items about it (a theme never limits where an item is served). */
  byTheme: Record<string, CoverageRow>
}

const isEveryday = (doc: ContentDocument) =>
  !doc.settings.includes('activity') && doc.situations.length === 0 && !doc.sensitive && (doc.depth ?? 1) <= 2

function row(items: ContentDocument[], test: (doc: ContentDocument) => boolean): CoverageRow {
  const matched = items.filter(test)
  const prompts = matched.filter((doc) => doc.type === 'prompt')
  return { prompts: prompts.length, everydayPrompts: prompts.filter(isEveryday).length, activities: matched.filter((doc) => doc.type === 'activity').length }
}

/**
 * Prompts and activities per age, per topic, per situation and per theme: what `content:check` prints as its
 * coverage report (and `--json` gives as `coverage`), so a gap is a number, not an impression.
 */
export function coverageReport(docs: ContentDocument[], topics: string[]): CoverageReport {
  const items = docs.filter((doc) => doc.type === 'prompt' || doc.type === 'activity')
  const covers = (doc: ContentDocument, [from, to]: readonly [number, number]) => (doc.ageMin ?? 0) <= to && (doc.ageMax ?? MAX_AGE) >= from
  return {
    byAge: Object.fromEntries(
      coverageAges.map((range) => [range[0] === range[1] ? String(range[0]) : `${range[0]}-${range[1]}`, row(items, (doc) => covers(doc, range))]),
    ),
    byTopic: Object.fromEntries(topics.map((topic) => [topic, row(items, (doc) => doc.topics.includes(topic))])),
    bySituation: Object.fromEntries([
      ...situations.map((situation) => [situation, row(items, (doc) => doc.situations.includes(situation))] as const),
      ['(none)', row(items, (doc) => doc.situations.length === 0)] as const,
    ]),
    byTheme: Object.fromEntries(themes.map((theme) => [theme, row(items, (doc) => doc.themes.includes(theme))])),
  }
}

/** The report as text: one table per dimension, a column per count. */
export function coverageLines(report: CoverageReport): string[] {
  const lines: string[] = []
  const tables: [string, Record<string, CoverageRow>][] = [
    ['coverage by age (items whose ages include it)', report.byAge],
    ['coverage by topic', report.byTopic],
    ['coverage by situation', report.bySituation],
    ['coverage by theme', report.byTheme],
  ]
  for (const [title, rows] of tables) {
    const width = Math.max(...Object.keys(rows).map((name) => name.length), 5)
    lines.push('', title, `  ${''.padEnd(width)}  prompts  everyday  activities`)
    for (const [name, counts] of Object.entries(rows)) {
      lines.push(`  ${name.padEnd(width)}  ${String(counts.prompts).padStart(7)}  ${String(counts.everydayPrompts).padStart(8)}  ${String(counts.activities).padStart(10)}`)
    }
  }
  return lines
}
