/**
 * A valid new prompt for editorial tests: a light depth-1 opener any key's policy allows. Pass
 * `overrides` for the fields a test is about.
 */
export const newPrompt = (slug: string, text: string, overrides: Record<string, unknown> = {}) => ({
  slug,
  text,
  followUps: [],
  topics: ['connection-beyond-shared-experiences'],
  ageMin: 4,
  ageMax: 12,
  depth: 1,
  settings: ['meal', 'bedtime'],
  direction: 'either',
  competencies: ['relationship-skills'],
  sensitive: false,
  purpose: 'everyday',
  ...overrides,
})
