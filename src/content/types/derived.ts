import { fleschKincaid } from 'flesch-kincaid'
import { syllable } from 'syllable'
import { gradeBands, type GradeBand } from '../vocabulary.js'

/** The US school grade bands an age range touches (pre-K for 3-4, adult from 18). */
export function gradeBandsOf(range: { ageMin: number; ageMax: number }): GradeBand[] {
  return (Object.entries(gradeBands) as [GradeBand, readonly [number, number]][])
    .filter(([, [from, to]]) => range.ageMin <= to && range.ageMax >= from)
    .map(([band]) => band)
}

/**
 * The Flesch-Kincaid US grade level of a text (wooorm's flesch-kincaid and syllable packages), to one
 * decimal and never below 0: the youngest readers' texts score below 1. Computed on import, stored
 * with the version for the `maxReadingGrade` filter.
 */
export function readingGradeOf(text: string): number {
  const words = text.match(/[A-Za-z]+(?:['’][A-Za-z]+)*/g) ?? []
  if (words.length === 0) return 0
  const sentences = Math.max(1, (text.match(/[.!?]+(?=\s|$)/g) ?? []).length)
  const syllables = words.reduce((sum, word) => sum + syllable(word), 0)
  const grade = fleschKincaid({ sentence: sentences, word: words.length, syllable: syllables })
  return Math.max(0, Math.round(grade * 10) / 10)
}
