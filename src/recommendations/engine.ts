import type { Activity } from '../activities/schemas.js'
import { costTiers, energyLevels } from '../content/vocabulary.js'
import { seededRank } from '../prompts/seeded-order.js'
import type { FactorName, Profile } from './schemas.js'

export interface Factor {
  factor: FactorName
  weight: number
  reason: string
}

export interface Ranked {
  activity: Activity
  score: number
  why: Factor[]
}

export interface Ranking {
  ranked: Ranked[]
  considered: number
  reason: string | null
}

const DIVERSITY_PENALTY = 1.5
const MAX_INTEREST_MATCHES = 2

interface HardConstraint {
  keeps: (activity: Activity) => boolean
  describe: string
}

function hardConstraints(profile: Profile): HardConstraint[] {
  const recent = new Set((profile.recentActivities ?? []).map((id) => id.replace(/^activity:/, '')))
  const constraints: (HardConstraint | false)[] = [
    { keeps: (activity) => activity.ageMin <= profile.age && profile.age <= activity.ageMax, describe: `suit age ${profile.age}` },
    profile.budget !== undefined && {
      keeps: (activity) => costTiers.indexOf(activity.cost) <= costTiers.indexOf(profile.budget!),
      describe: `cost at most "${profile.budget}"`,
    },
    profile.minutes !== undefined && {
      keeps: (activity) => activity.minutesMin <= profile.minutes!,
      describe: `fit in ${profile.minutes} minutes`,
    },
    profile.setting !== undefined && {
      keeps: (activity) => activity.setting === profile.setting || activity.setting === 'either',
      describe: `can be done ${profile.setting}s`,
    },
    profile.weather === 'rain' && { keeps: (activity) => activity.setting !== 'outdoor', describe: 'work in the rain' },
    profile.weather === 'snow' && {
      keeps: (activity) => activity.setting !== 'outdoor' || activity.seasons.includes('winter'),
      describe: 'work in the snow',
    },
    {
      keeps: (activity) => assumesOnly(activity.situations, profile.situations),
      describe: profile.situations?.length ? `fit every family or a situation you named` : 'fit every family (name a situation for the others)',
    },
    recent.size > 0 && { keeps: (activity) => !recent.has(activity.slug), describe: 'were not done recently' },
  ]
  return constraints.filter((constraint): constraint is HardConstraint => constraint !== false)
}

/** What the profile says about one activity, before diversity is considered. */
export function scoreActivity(activity: Activity, profile: Profile): Factor[] {
  const factors: Factor[] = [
    { factor: 'age', weight: 1, reason: `Made for ages ${activity.ageMin}${activity.ageMax >= 99 ? '+' : `-${activity.ageMax}`}; he is ${profile.age}.` },
  ]
  const interests = (profile.interests ?? []).filter((interest) => activity.interests.includes(interest))
  for (const interest of interests.slice(0, MAX_INTEREST_MATCHES)) {
    factors.push({ factor: 'interest', weight: 1.5, reason: `Matches his interest in ${interest.replaceAll('-', ' ')}.` })
  }
  for (const topic of profile.topics ?? []) {
    const nurtured = activity.topics.find((item) => item.topic === topic)
    if (nurtured) factors.push({ factor: 'topic', weight: 2, reason: nurtured.why })
  }
  if (profile.energy !== undefined) {
    const distance = Math.abs(energyLevels.indexOf(activity.energy) - energyLevels.indexOf(profile.energy))
    if (distance === 0) factors.push({ factor: 'energy', weight: 1, reason: `A ${activity.energy} activity, as you asked.` })
    else if (distance === 1) {
      const direction = energyLevels.indexOf(activity.energy) < energyLevels.indexOf(profile.energy) ? 'Calmer' : 'Livelier'
      factors.push({ factor: 'energy', weight: -0.5, reason: `${direction} than you asked: ${activity.energy} rather than ${profile.energy}.` })
    } else factors.push({ factor: 'energy', weight: -1.5, reason: `A ${activity.energy} activity; you asked for ${profile.energy}.` })
  }
  if (profile.season !== undefined) {
    if (activity.seasons.includes(profile.season)) factors.push({ factor: 'season', weight: 0.5, reason: `Good in ${profile.season}.` })
    else factors.push({ factor: 'season', weight: -1, reason: `Best in ${activity.seasons.join(', ')}, not ${profile.season}.` })
  }
  const outside = activity.setting !== 'indoor'
  if (profile.weather === 'clear' && outside) {
    factors.push({ factor: 'weather', weight: 0.5, reason: 'Clear weather suits being outside.' })
  } else if (profile.weather === 'hot' && activity.setting === 'outdoor' && activity.energy === 'active') {
    factors.push({ factor: 'weather', weight: -1, reason: 'Strenuous outdoors on a hot day.' })
  } else if (profile.weather === 'cold' && activity.setting === 'outdoor' && !activity.seasons.includes('winter')) {
    factors.push({ factor: 'weather', weight: -0.5, reason: 'Outdoors and not made for the cold.' })
  }
  if (profile.minutes !== undefined && activity.minutesMax <= profile.minutes) {
    factors.push({ factor: 'time', weight: 0.5, reason: `The full version fits in your ${profile.minutes} minutes.` })
  }
  const named = activity.situations.filter((situation) => profile.situations?.includes(situation))
  if (named.length > 0) {
    factors.push({ factor: 'situation', weight: 2, reason: `Written for families in your situation: ${named.join(', ').replaceAll('-', ' ')}.` })
  }
  if (profile.budget !== undefined && activity.cost === 'free') {
    factors.push({ factor: 'budget', weight: 0.25, reason: 'Costs nothing.' })
  }
  return factors
}

/**
 * Whether an item that assumes these situations may be served to a caller who named `named`: one that
 * assumes none always may; one that assumes some only when the caller named one of them.
 */
export function assumesOnly(situations: readonly string[], named: readonly string[] | undefined): boolean {
  return situations.length === 0 || situations.some((situation) => named?.includes(situation as never) === true)
}

const total = (factors: Factor[]) => factors.reduce((sum, factor) => sum + factor.weight, 0)

/**
 * Ranks activities for a profile: hard constraints first, then a score that is the sum of explained
 * factors. Picks greedily and lowers activities whose category is already on the list, so the
 * answer stays varied. Deterministic for the same catalogue, profile and seed.
 */
export function rankActivities(catalogue: readonly Activity[], profile: Profile): Ranking {
  const constraints = hardConstraints(profile)
  let remaining = catalogue
  for (const [index, constraint] of constraints.entries()) {
    const kept = remaining.filter(constraint.keeps)
    if (kept.length === 0) {
      return { ranked: [], considered: 0, reason: emptyReason(catalogue.length, remaining.length, constraints.slice(0, index), constraint) }
    }
    remaining = kept
  }

  const seed = profile.seed ?? ''
  const scored = remaining.map((activity) => {
    const why = scoreActivity(activity, profile)
    return { activity, why, base: total(why), tiebreak: tiebreak(seed, activity.slug) }
  })
  const picked: Ranked[] = []
  const perCategory = new Map<string, number>()
  const available = new Set(scored)
  while (picked.length < profile.limit && available.size > 0) {
    let best: (typeof scored)[number] | undefined
    let bestScore = -Infinity
    for (const candidate of available) {
      const score = candidate.base - DIVERSITY_PENALTY * (perCategory.get(candidate.activity.category) ?? 0)
      if (score > bestScore || (score === bestScore && best !== undefined && candidate.tiebreak < best.tiebreak)) {
        best = candidate
        bestScore = score
      }
    }
    if (!best) break
    available.delete(best)
    const repeats = perCategory.get(best.activity.category) ?? 0
    const why = repeats
      ? [
          ...best.why,
          {
            factor: 'diversity' as const,
            weight: -DIVERSITY_PENALTY * repeats,
            reason: `${repeats === 1 ? 'Another' : repeats} ${best.activity.category} idea${repeats === 1 ? ' is' : 's are'} ranked above; lowered to keep the list varied.`,
          },
        ]
      : best.why
    picked.push({ activity: best.activity, why, score: total(why) })
    perCategory.set(best.activity.category, repeats + 1)
  }
  return { ranked: picked, considered: remaining.length, reason: null }
}

// Tie-breaking ranks are a SHA-256 of seed and slug, a third of the ranking's time on a large catalogue.
// Most requests send no seed, so those ranks are kept (bounded); a caller's own seed is hashed as before.
const defaultSeedRanks = new Map<string, string>()
const MAX_KEPT_RANKS = 100_000

function tiebreak(seed: string, slug: string): string {
  if (seed !== '') return seededRank(seed, slug)
  let rank = defaultSeedRanks.get(slug)
  if (rank === undefined) {
    rank = seededRank(seed, slug)
    if (defaultSeedRanks.size < MAX_KEPT_RANKS) defaultSeedRanks.set(slug, rank)
  }
  return rank
}

function emptyReason(catalogueSize: number, remaining: number, passed: HardConstraint[], failed: HardConstraint): string {
  if (catalogueSize === 0) return 'The release has no activities.'
  if (passed.length === 0) return `No activity fits: none of the ${catalogueSize} activities ${failed.describe}.`
  const kept = passed.map((constraint) => constraint.describe).join(' and ')
  // "1 of 113 activities suit..." reads right for any count, where "1 activity suit..." would not.
  return `No activity fits: ${remaining} of ${catalogueSize} activities ${kept}, but none of those also ${failed.describe}.`
}
