import { interests } from '../src/content/vocabulary.js'

/** Distinct recommendation profiles, so each request is computed rather than repeated. */
export function variedProfiles(count: number) {
  return Array.from({ length: count }, (_, n) => ({
    age: 4 + (n % 30),
    interests: [interests[n % interests.length], interests[(n * 7 + 3) % interests.length]].filter((value, i, all) => all.indexOf(value) === i),
    minutes: 30 + (n % 6) * 30,
    limit: 5,
  }))
}
