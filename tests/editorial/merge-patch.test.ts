import fc from 'fast-check'
import t from 'tap'
import { mergePatch } from '../../src/editorial/merge-patch.js'

t.test('RFC 7396 examples', async (t) => {
  const cases: [unknown, unknown, unknown][] = [
    [{ a: 'b' }, { a: 'c' }, { a: 'c' }],
    [{ a: 'b' }, { b: 'c' }, { a: 'b', b: 'c' }],
    [{ a: 'b' }, { a: null }, {}],
    [{ a: 'b', b: 'c' }, { a: null }, { b: 'c' }],
    [{ a: ['b'] }, { a: 'c' }, { a: 'c' }],
    [{ a: 'c' }, { a: ['b'] }, { a: ['b'] }],
    [{ a: { b: 'c' } }, { a: { b: 'd', c: null } }, { a: { b: 'd' } }],
    [{ a: [{ b: 'c' }] }, { a: [1] }, { a: [1] }],
    [
      ['a', 'b'],
      ['c', 'd'],
      ['c', 'd'],
    ],
    [{ a: 'b' }, ['c'], ['c']],
    [{ a: 'foo' }, null, null],
    [{ a: 'foo' }, 'bar', 'bar'],
    [{ e: null }, { a: 1 }, { e: null, a: 1 }],
    [[1, 2], { a: 'b', c: null }, { a: 'b' }],
    [{}, { a: { bb: { ccc: null } } }, { a: { bb: {} } }],
  ]
  for (const [target, patch, result] of cases) t.same(mergePatch(target, patch), result, JSON.stringify([target, patch]))
})

t.test('a patch applies once: applying it again changes nothing, and the target is never modified', async () => {
  fc.assert(
    fc.property(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), (target, patch) => {
      const before = JSON.stringify(target)
      const once = mergePatch(target, patch)
      if (JSON.stringify(target) !== before) return false
      return JSON.stringify(mergePatch(once, patch)) === JSON.stringify(once)
    }),
  )
})

t.test('a patch nested deeper than the limit is refused, however deep', async (t) => {
  let patch: unknown = 1
  for (let depth = 0; depth < 10_000; depth++) patch = { a: patch }
  t.throws(() => mergePatch({}, patch), { code: 'VALIDATION_FAILED' })
  let shallow: unknown = 1
  for (let depth = 0; depth < 20; depth++) shallow = { a: shallow }
  t.same(mergePatch({}, shallow), shallow)
})
