export const competencies = [
  'self-awareness',
  'self-management',
  'social-awareness',
  'relationship-skills',
  'responsible-decision-making',
] as const

export const lifeStages = ['early-childhood', 'school-age', 'tweens', 'teens', 'young-adults', 'adult-sons'] as const

export const documentTypes = ['section', 'topic', 'faq', 'prompt', 'activity'] as const

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
