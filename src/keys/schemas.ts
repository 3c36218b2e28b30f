import { z } from 'zod'
import { scopes, type Scope } from '../caller/caller.js'
import { contentWarnings, MAX_AGE, MIN_AGE } from '../content/vocabulary.js'
import { slugParam } from '../http/schemas.js'

export const scope = z.enum(scopes)
/**
 * Scopes that reach the editorial routes (create, edit, submit, approve, reject, publish, history),
 * which show whole documents and are not limited by a content policy: a key cannot hold one with a policy.
 * There is no separate review scope: submitting takes content:write, approving and rejecting content:publish.
 */
export const editorialScopes = ['content:write', 'content:publish'] as const satisfies readonly Scope[]

/** Why a key's scopes and policy cannot go together, or null. Never names a secret. */
export function policyConflict(key: { scopes: readonly string[]; policy?: unknown }): string | null {
  if (key.policy === null || key.policy === undefined) return null
  const held = editorialScopes.filter((scope) => key.scopes.includes(scope))
  if (held.length === 0) return null
  return (
    `a content policy cannot go with ${held.map((scope) => `"${scope}"`).join(' or ')}: the editorial routes show whole ` +
    'documents, which the policy does not limit. Use two keys: one with the policy to read, one without it to edit.'
  )
}

/** The public part of a key, also its record's id. */
export const keyId = z
  .string()
  .max(12)
  .regex(/^[A-Za-z0-9]{12}$/, 'must be a 12-character key id')

export const contentPolicy = z
  .strictObject({
    maxDepth: z.number().int().min(1).max(3).optional().describe('Deepest prompt depth served (1-3).'),
    excludeSensitive: z.boolean().optional().describe('Never serve prompts flagged sensitive.'),
    ageMin: z.number().int().min(MIN_AGE).max(MAX_AGE).optional().describe('Only content suited to sons this old or older.'),
    ageMax: z.number().int().min(MIN_AGE).max(MAX_AGE).optional().describe('Only content suited to sons this young or younger.'),
    topics: z.array(slugParam).min(1).max(9).optional().describe('Only these guide topics, and FAQs, prompts and activities on at least one of them.'),
    excludeWarnings: z
      .array(z.enum(contentWarnings))
      .min(1)
      .max(contentWarnings.length)
      .refine((items) => new Set(items).size === items.length, 'must not repeat a warning')
      .optional()
      .describe(`Never serve prompts carrying any of these content warnings (${contentWarnings.join(', ')}).`),
    excludeSituational: z
      .boolean()
      .optional()
      .describe('Never serve prompts or activities that assume a life situation (parents living apart, a new sibling, a bereavement...).'),
    region: z
      .string()
      .length(2)
      .regex(/^[A-Z]{2}$/, 'must be an ISO 3166-1 alpha-2 country code in upper case, such as "US" or "GB"')
      .optional()
      .describe(
        'Country of the families served (ISO 3166-1 alpha-2). Crisis resources are served only for this region; one with none gets a fallback ("Call your local emergency number."). Without it, US.',
      ),
  })
  .refine((policy) => policy.ageMin === undefined || policy.ageMax === undefined || policy.ageMin <= policy.ageMax, {
    message: 'ageMin must not exceed ageMax',
    path: ['ageMax'],
  })
  .meta({
    id: 'ContentPolicy',
    description: 'Limits enforced on everything a key reads, at any depth of REST or GraphQL.',
    example: { maxDepth: 2, excludeSensitive: true, excludeWarnings: ['romance', 'grief-and-loss'], excludeSituational: true },
  })

export type ContentPolicy = z.infer<typeof contentPolicy>

/**
 * Named policies a key can be made with; each expands to the stored policy it names (the answer shows
 * it). `school-portal`: prompts of depth 2 at most, nothing sensitive, nothing that assumes a life situation.
 */
export const policyPresets = {
  'school-portal': { maxDepth: 2, excludeSensitive: true, excludeSituational: true },
} as const satisfies Record<string, ContentPolicy>

export const policyPreset = z
  .enum(Object.keys(policyPresets) as [keyof typeof policyPresets])
  .describe(
    'A named content policy, stored expanded (see `policy` in the answer): `school-portal` is ' +
      '`{"maxDepth":2,"excludeSensitive":true,"excludeSituational":true}`. Give a preset or a policy, not both.',
  )
export type PolicyPreset = z.infer<typeof policyPreset>

const LAST_EXPIRY = Date.UTC(10_000, 0, 1)

export const createKeyBody = z
  .strictObject({
    name: z.string().trim().min(1).max(100),
    scopes: z
      .array(scope)
      .min(1)
      .max(scopes.length)
      .refine((items) => new Set(items).size === items.length, 'must not repeat a scope'),
    policy: contentPolicy.optional(),
    preset: policyPreset.optional(),
    rateLimit: z.number().int().min(1).max(1_000_000).optional().describe('Requests per minute; default from RATE_LIMIT_PER_MINUTE.'),
    expiresAt: z.iso
      .datetime({ offset: true })
      .max(64)
      .refine((value) => {
        const time = Date.parse(value)
        return time > Date.now() && time < LAST_EXPIRY
      }, 'must be a time in the future, before the year 10000')
      .optional()
      .describe('ISO 8601 time after which the key stops working; in the future, before the year 10000.'),
  })
  .refine((key) => key.policy === undefined || key.preset === undefined, {
    message: 'give a preset or a policy, not both: to adjust a preset, send the policy it expands to with your changes',
    path: ['preset'],
  })
  .meta({ example: { name: 'Lincoln Middle School portal', scopes: ['content:read'], preset: 'school-portal' } })

export const apiKeyView = z
  .object({
    id: z.string().describe('Public key id; also the first part of the key.').meta({ example: 'k7Qm2xPa' }),
    name: z.string(),
    prefix: z.string().describe('How the key starts, to recognise it.').meta({ example: 'msb_k7Qm2xPa_' }),
    scopes: z.array(scope),
    policy: contentPolicy.nullable(),
    rateLimit: z.number().int().nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
    lastUsedAt: z.string().nullable().describe('Updated at most once a minute.'),
    createdAt: z.string(),
    warning: z
      .string()
      .nullable()
      .describe(
        'Why this key is unsafe, or null: a key made before the rule that holds a content policy and `content:write` or `content:publish`. Revoke it and make two keys.',
      ),
  })
  .meta({ id: 'ApiKey', description: 'An API key, without its secret.' })

export const createdKey = apiKeyView.extend({ key: z.string().describe('The key itself. Shown only now: store it safely.') }).meta({ id: 'CreatedApiKey' })

export type ApiKeyView = z.infer<typeof apiKeyView>
