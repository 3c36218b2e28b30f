import { ageBands } from '../vocabulary.js'

/** The life stages an age range touches. */
export function ageBandsOf(range: { ageMin: number; ageMax: number }): string[] {
  return Object.entries(ageBands)
    .filter(([, [from, to]]) => range.ageMin <= to && range.ageMax >= from)
    .map(([stage]) => stage)
}
