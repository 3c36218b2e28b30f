/**
 * JSON Merge Patch (RFC 7396): objects merge key by key, `null` removes a key, anything else (arrays
 * included) replaces. Written by hand: the algorithm is the RFC's ten lines, and the npm packages for it
 * are unmaintained or pull in a JSON Patch library we do not need here.
 */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (!isObject(patch)) return patch
  const result: Record<string, unknown> = isObject(target) ? { ...target } : {}
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete result[key]
    else result[key] = mergePatch(result[key], value)
  }
  return result
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
