import type { Prompt } from './schemas.js'

/** What a caller asked of a served-for-you prompt (the daily prompt, a conversation plan). */
export interface Occasion {
  setting?: string | undefined
  situation?: string | undefined
  excludeWarnings?: readonly string[] | undefined
}

/**
 * Whether a prompt may be chosen for a caller: an activity-only prompt only when the caller asked for
 * the `activity` setting, a situational prompt only when the caller asked for one of its situations,
 * and never a prompt carrying a warning the caller excluded.
 */
export function suitsOccasion(prompt: Prompt, occasion: Occasion): boolean {
  if (prompt.settings.includes('activity') && occasion.setting !== 'activity') return false
  if (prompt.situations.length > 0 && (occasion.situation === undefined || !prompt.situations.includes(occasion.situation as never))) {
    return false
  }
  const excluded = occasion.excludeWarnings
  return !excluded || !prompt.contentWarnings.some((warning) => excluded.includes(warning))
}
