export const competencies = [
  'self-awareness',
  'self-management',
  'social-awareness',
  'relationship-skills',
  'responsible-decision-making',
] as const

export const lifeStages = ['early-childhood', 'school-age', 'tweens', 'teens', 'young-adults', 'adult-sons'] as const

export const documentTypes = ['section', 'topic', 'faq', 'prompt', 'activity', 'resource'] as const

export type Competency = (typeof competencies)[number]
export type LifeStage = (typeof lifeStages)[number]
export type DocumentType = (typeof documentTypes)[number]

/** Age bands of the son, inclusive; the last one is open-ended up to MAX_AGE. */
export const MIN_AGE = 3
export const MAX_AGE = 99
export const ageBands = {
  'early-childhood': [3, 5],
  'school-age': [6, 9],
  tweens: [10, 12],
  teens: [13, 17],
  'young-adults': [18, 25],
  'adult-sons': [26, MAX_AGE],
} as const satisfies Record<LifeStage, readonly [number, number]>

export const depths = [1, 2, 3] as const
export const promptSettings = ['car-ride', 'meal', 'walk', 'bedtime', 'activity', 'message'] as const
export const directions = ['mother-to-son', 'son-to-mother', 'either'] as const

export const activityCategories = [
  'sports',
  'art',
  'cooking',
  'nature',
  'adventure',
  'hobbies',
  'games',
  'music',
  'service',
  'routines',
] as const
export const costTiers = ['free', 'low', 'medium', 'high'] as const
export const activitySettings = ['indoor', 'outdoor', 'either'] as const
export const energyLevels = ['calm', 'moderate', 'active'] as const
export const seasons = ['spring', 'summer', 'autumn', 'winter'] as const
export const interests = [
  'sports',
  'fitness',
  'art',
  'crafts',
  'cooking',
  'baking',
  'nature',
  'animals',
  'gardening',
  'adventure',
  'travel',
  'games',
  'puzzles',
  'music',
  'reading',
  'writing',
  'science',
  'technology',
  'building',
  'movies',
  'history',
  'photography',
  'helping-others',
  'cars',
] as const

export type PromptSetting = (typeof promptSettings)[number]
export type Direction = (typeof directions)[number]
export type ActivityCategory = (typeof activityCategories)[number]
export type CostTier = (typeof costTiers)[number]
export type ActivitySetting = (typeof activitySettings)[number]
export type Energy = (typeof energyLevels)[number]
export type Season = (typeof seasons)[number]
export type Interest = (typeof interests)[number]

/** What a prompt touches, so a caller can leave it out (`excludeWarnings`). */
export const contentWarnings = [
  'grief-and-loss',
  'separation-and-divorce',
  'health-and-body',
  'mental-health',
  'money-worries',
  'safety',
  'bullying',
  'identity',
  'conflict',
  'romance',
] as const

/** Life situations a prompt assumes; such prompts are served only to callers who ask for them. */
export const situations = [
  'new-school',
  'moving-house',
  'new-sibling',
  'has-siblings',
  'father-involved',
  'parents-living-apart',
  'blended-family',
  'bereavement',
  'son-leaving-home',
  'son-has-a-partner',
  'son-becoming-a-father',
  'living-far-apart',
] as const

/** What a conversation is for (after the Gottman card decks' groups). */
export const purposes = [
  'getting-to-know',
  'feelings',
  'appreciation',
  'repair',
  'dreams-and-future',
  'memories-and-legacy',
  'everyday',
] as const

/** US school grade bands, derived from an age range (pre-K for 3-4, adult for 18 and over). */
export const gradeBands = {
  'pre-k': [3, 4],
  'k-2': [5, 7],
  '3-5': [8, 10],
  '6-8': [11, 13],
  '9-12': [14, 17],
  adult: [18, MAX_AGE],
} as const

export const accessibilityTags = [
  'low-sensory',
  'no-eye-contact-needed',
  'wheelchair-friendly',
  'no-reading-needed',
  'seated',
  'no-fine-motor',
] as const

export const recurrenceKinds = ['once', 'multi-day', 'repeated'] as const

/** What each cost tier means, in US dollars for the whole activity, and what it assumes a family owns. */
export const costTierMeaning = {
  free: 'Costs nothing. Assumes only what most homes have: paper and pencils, kitchen basics, a phone, a public park or library.',
  low: 'Under $20. May need a few supplies (a ball, craft materials, ingredients for one meal).',
  medium: '$20 to $75. May need tickets, a class, a rental or gear most families do not own.',
  high: 'Over $75. Travel, lessons over several weeks, or equipment to buy.',
} as const

export type ContentWarning = (typeof contentWarnings)[number]
export type Situation = (typeof situations)[number]
export type Purpose = (typeof purposes)[number]
export type GradeBand = keyof typeof gradeBands
export type AccessibilityTag = (typeof accessibilityTags)[number]
