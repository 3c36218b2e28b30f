import { AppError } from '../errors.js'

// Content documents nest a few levels; a patch far deeper is refused before it can exhaust the stack.
export const MAX_PATCH_DEPTH = 32

/**
 * JSON Merge Patch (RFC 7396): objects merge key by key, `null` removes a key, anything else (arrays
 * included) replaces. Written by hand: the algorithm is the RFC's ten lines, and the npm packages for it
 * are unmaintained or pull in a JSON Patch library we do not need here.
 */
export function mergePatch(target: unknown, patch: unknown, depth = 0): unknown {
  if (!isObject(patch)) return patch
  if (depth >= MAX_PATCH_DEPTH) {
    throw new AppError('VALIDATION_FAILED', `The merge patch nests objects more than ${MAX_PATCH_DEPTH} levels deep.`, [
      { location: 'body', field: '(root)', message: `nests objects more than ${MAX_PATCH_DEPTH} levels deep` },
    ])
  }
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key]
    else result[key] = mergePatch(result[key], value, depth + 1)
  }
  return result
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
