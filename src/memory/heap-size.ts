// V8's layout on 64-bit Node 20 with pointer compression off (Node's default): a pointer or a
// small integer takes 8 bytes, an object's header (map, properties, elements) 24, an array's 32
// with its backing store's header, a string's 16 before its characters (1 byte each if Latin-1, else 2).
const SLOT = 8
const OBJECT_HEADER = 24
const ARRAY_HEADER = 32
const STRING_HEADER = 16
// A Map or Set entry: key, value (Maps) and chain in an OrderedHashTable kept at most half full.
const MAP_ENTRY = 6 * SLOT
const SET_ENTRY = 4 * SLOT
const DATE = OBJECT_HEADER + SLOT
const NOT_LATIN1 = /[\u0100-\uffff]/

/**
 * An estimate of the heap an object graph holds, each object counted once within the graph. Shared
 * with other graphs, an object is counted in each: the estimate errs on the side of more. It was
 * checked against the heap measured after a garbage collection for this service's catalogues
 * (bench/heap-estimate.ts): the estimate comes out above it. An object for which `accountedElsewhere`
 * returns true (once per graph) is counted by its owner, not here, and neither is what it holds.
 */
export function estimateHeapBytes(root: unknown, accountedElsewhere?: (value: object) => boolean): number {
  const seen = new Set<object>()
  const stack: unknown[] = [root]
  let bytes = 0
  while (stack.length > 0) {
    const value = stack.pop()
    if (typeof value === 'string') {
      bytes += STRING_HEADER + (NOT_LATIN1.test(value) ? 2 * value.length : value.length)
      continue
    }
    if (typeof value === 'number') {
      bytes += Number.isInteger(value) ? 0 : 16
      continue
    }
    if (typeof value === 'bigint') {
      bytes += 24
      continue
    }
    if (value === null || typeof value !== 'object') continue
    if (seen.has(value)) continue
    seen.add(value)
    if (accountedElsewhere?.(value)) continue
    if (Array.isArray(value)) {
      bytes += ARRAY_HEADER + SLOT * value.length
      for (const item of value) stack.push(item)
    } else if (value instanceof Map) {
      bytes += OBJECT_HEADER + MAP_ENTRY * value.size
      for (const [key, item] of value) stack.push(key, item)
    } else if (value instanceof Set) {
      bytes += OBJECT_HEADER + SET_ENTRY * value.size
      for (const item of value) stack.push(item)
    } else if (value instanceof Date) {
      bytes += DATE
    } else if (ArrayBuffer.isView(value)) {
      bytes += OBJECT_HEADER + value.byteLength
    } else {
      const keys = Object.keys(value)
      bytes += OBJECT_HEADER + SLOT * keys.length
      for (const key of keys) stack.push((value as Record<string, unknown>)[key])
    }
  }
  return bytes
}
