import { z } from 'zod'
import { AppError } from '../errors.js'
import { parseInput } from '../read/input.js'

/**
 * One flag for sensitive and deep prompts, everywhere a caller can ask: lists, the daily prompt,
 * conversation plans and recommendations (REST and GraphQL). `includeSensitive` is a boolean, false
 * by default: prompts flagged `sensitive` and prompts of depth 3 are left out unless it is true. Both
 * labels are checked, so a depth-3 prompt not (yet) labelled sensitive stays out too. A key's policy
 * that excludes them still wins over `includeSensitive: true`.
 *
 * `excludeSensitive` is its deprecated alias, with the opposite meaning (`excludeSensitive: false` is
 * `includeSensitive: true`), kept until its sunset date.
 */
export interface SensitiveFlag {
  includeSensitive?: unknown
  excludeSensitive?: unknown
}

export const SENSITIVE_FLAG_SUNSET = '2027-06-30'

const flag = z.object({ includeSensitive: z.boolean().nullish(), excludeSensitive: z.boolean().nullish() })

/** Whether the caller asked for sensitive and deep prompts; 400 when the two spellings disagree. */
export function includesSensitive(input: SensitiveFlag): boolean {
  const { includeSensitive, excludeSensitive } = parseInput(flag, { includeSensitive: input.includeSensitive, excludeSensitive: input.excludeSensitive })
  const fromAlias = excludeSensitive === undefined || excludeSensitive === null ? undefined : !excludeSensitive
  if (includeSensitive !== undefined && includeSensitive !== null && fromAlias !== undefined && fromAlias !== includeSensitive) {
    const message = `disagrees with includeSensitive=${includeSensitive}; send includeSensitive alone (excludeSensitive is deprecated)`
    throw new AppError('VALIDATION_FAILED', `Invalid arguments: excludeSensitive ${message}`, [{ location: 'arguments', field: 'excludeSensitive', message }])
  }
  return includeSensitive ?? fromAlias ?? false
}

/** A prompt left out unless the caller asks with `includeSensitive`. */
export function isSensitiveOrDeep(prompt: { sensitive: boolean; depth: number }): boolean {
  return prompt.sensitive || prompt.depth >= 3
}

/** Prompt filters with the flag resolved: `includeSensitive` alone, and only when true (false is the default). */
export function resolvedFilters<F extends SensitiveFlag & { depth?: unknown }>(
  filters: F,
): Omit<F, 'excludeSensitive' | 'includeSensitive'> & { includeSensitive?: true } {
  const include = includesSensitive(filters)
  if (filters.depth === 3 && !include) {
    const message = 'depth 3 prompts are served only with includeSensitive=true'
    throw new AppError('VALIDATION_FAILED', `Invalid arguments: depth ${message}`, [{ location: 'arguments', field: 'depth', message }])
  }
  const { excludeSensitive: _alias, includeSensitive: _flag, ...rest } = filters
  return include ? { ...rest, includeSensitive: true } : rest
}
