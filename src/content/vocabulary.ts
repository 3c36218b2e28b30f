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
  'sexual-health',
  'substances',
] as const

/**
 * What each content warning covers, for the API descriptions and the README. `sexual-health` is apart
 * from `romance` so a portal can leave out sex, consent and pressure in a relationship (which many
 * districts teach only with a parent's opt-in) and still serve a prompt about a first crush.
 */
export const contentWarningMeaning = {
  'grief-and-loss': 'a death, a loss or a goodbye',
  'separation-and-divorce': 'parents apart, two homes, a divorce',
  'health-and-body': 'illness, the body, puberty, body image',
  'mental-health': 'worry, stress, sadness, how he is really doing',
  'money-worries': 'money, budgets, needing or accepting help',
  safety: 'danger, risk, feeling unsafe, online or in person',
  bullying: 'being picked on or left out, or seeing it',
  identity: 'who he is, how boys are expected to be',
  conflict: 'arguments, hurt between mother and son',
  romance: 'crushes, dating, partners',
  'sexual-health': 'sex, consent, pressure to go further, and control in a dating relationship',
  substances: 'vaping, drinking, drugs and pills',
} as const satisfies Record<(typeof contentWarnings)[number], string>

/**
 * The content warnings that are mild up to a depth: below or at it they do not make a prompt sensitive
 * (the `warning-not-sensitive` rule in src/content/check/rules.ts says why). Every other warning, and
 * these above their depth, means `sensitive`.
 */
export const mildWarnings: Partial<Record<(typeof contentWarnings)[number], 1 | 2>> = { romance: 2, 'separation-and-divorce': 1 }

/**
 * Life situations a prompt or an activity assumes; such items are served (as the prompt of the day, in a
 * plan, in recommendations) only to callers who name one of them.
 */
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
  'adoption',
  'foster-or-kinship-care',
  'military-deployment',
  'incarcerated-parent',
  'parent-illness',
  'disability',
] as const

/** What each situation means, in the words a portal can show a family. */
export const situationMeaning = {
  'new-school': 'He is starting at a new school, or a new course after school.',
  'moving-house': 'The family is moving, or has just moved, to a new home.',
  'new-sibling': 'A new baby or a new brother or sister is joining the family.',
  'has-siblings': 'He has brothers or sisters.',
  'father-involved': 'His father is part of his life.',
  'parents-living-apart': 'His parents live apart, and he may move between two homes.',
  'blended-family': "A stepparent, a mother's partner or stepsiblings are part of the family.",
  bereavement: 'Someone close to the family has died.',
  'son-leaving-home': 'He is leaving home or has left it: college, work, his own place.',
  'son-has-a-partner': 'The grown son has a partner.',
  'son-becoming-a-father': 'The grown son is becoming a father, or has children of his own.',
  'living-far-apart': 'Mother and son live far apart and keep in touch by phone, video or mail.',
  adoption: 'He was adopted, or the family is adopting.',
  'foster-or-kinship-care': 'He lives in foster care, or with relatives or family friends who care for him.',
  'military-deployment': 'A parent serves in the military and may be away on deployment.',
  'incarcerated-parent': 'One of his parents is in jail or prison.',
  'parent-illness': 'His mother or another parent has a serious or long illness.',
  disability: 'He has a disability, or learns or takes in the world differently (ADHD, autism, a learning difference).',
} as const satisfies Record<(typeof situations)[number], string>

/**
 * Themes a school counselor looks for: what an item is about, as a portal's menu would list it. A theme
 * never limits where an item is served (situations do that); it is for finding, filtering and for the
 * coverage report, which shows how many items each theme has.
 */
export const themes = [
  'siblings',
  'fathers-and-absent-parents',
  'adoption-and-care',
  'military-families',
  'disability-and-learning',
  'grief',
  'puberty-and-body',
  'blended-families',
  'parent-illness',
  'school-transitions',
  'substances',
  'scary-news-and-drills',
  'culture-and-heritage',
  'peer-pressure',
] as const

/** What each theme covers, in the words a portal can show a family. */
export const themeMeaning = {
  siblings: 'Brothers and sisters: sharing, fairness, rivalry, a new baby.',
  'fathers-and-absent-parents': 'His father, or a parent who is away, absent or in jail or prison.',
  'adoption-and-care': 'Adoption, foster care and kinship care: his story, belonging, birth family.',
  'military-families': 'A parent in the military: deployment, distance, homecoming.',
  'disability-and-learning': 'His disability, ADHD, autism or a learning difference: strengths and what helps.',
  grief: 'The death of a grandparent, a parent, a friend or a pet: remembering and feeling it.',
  'puberty-and-body': 'A changing body, growing up, who to ask about it.',
  'blended-families': "A stepparent, a mother's partner, stepsiblings, new family rules.",
  'parent-illness': "A mother's or another parent's serious or long illness.",
  'school-transitions': 'Starting school, moving up to middle or high school, a new school.',
  substances: 'Vaping, alcohol and drugs: pressure, choices, what to do if a friend is in trouble.',
  'scary-news-and-drills': 'Frightening news, lockdown and safety drills, feeling safe.',
  'culture-and-heritage': "Culture, heritage, faith traditions and the family's home language.",
  'peer-pressure': 'Friends pushing him to do something, fitting in, saying no.',
} as const satisfies Record<(typeof themes)[number], string>

/** The theme each situation belongs to: an item written for the situation carries the theme too. */
export const situationTheme: Partial<Record<(typeof situations)[number], (typeof themes)[number]>> = {
  'new-sibling': 'siblings',
  'has-siblings': 'siblings',
  'father-involved': 'fathers-and-absent-parents',
  'incarcerated-parent': 'fathers-and-absent-parents',
  adoption: 'adoption-and-care',
  'foster-or-kinship-care': 'adoption-and-care',
  'military-deployment': 'military-families',
  disability: 'disability-and-learning',
  bereavement: 'grief',
  'blended-family': 'blended-families',
  'parent-illness': 'parent-illness',
  'new-school': 'school-transitions',
}

/** The themes a list of situations brings, each once. */
export function themesOfSituations(list: readonly string[]): string[] {
  return [...new Set(list.flatMap((situation) => situationTheme[situation as (typeof situations)[number]] ?? []))]
}

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
