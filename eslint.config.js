// ESLint with neostandard, the shared config fastify and platformatic use. Style (spacing, quotes,
// semicolons, commas) is Prettier's job (.prettierrc.json), so neostandard runs without its style rules.
import neostandard, { resolveIgnoresFromGitignore } from 'neostandard'

export default [
  ...neostandard({
    ts: true,
    noStyle: true,
    ignores: [
      ...resolveIgnoresFromGitignore(),
      // Generated (npm run graphql:generate, npm run openapi:generate): checked by drift tests instead
      'src/graphql/generated.ts',
      'clients/typescript/schema.d.ts',
      'openapi/**',
      'drizzle/**',
      'content/**',
    ],
  }),
  {
    linterOptions: {
      // A disable comment that silences nothing is stale (or names a rule that does not exist): fail on it
      reportUnusedDisableDirectives: 'error',
    },
  },
  {
    rules: {
      // Constructed for their side effect, on purpose: prom-client metrics register themselves
      // (src/http/metrics.ts), `new Intl.DateTimeFormat` validates a time zone by throwing.
      'no-new': 'off',
      // `void promise` is how the code marks a deliberate fire-and-forget (timers, background flushes).
      'no-void': 'off',
    },
  },
  {
    files: ['**/*.ts'],
    rules: {
      // Unused variables and imports: neostandard's no-unused-vars, beside tsc's noUnusedLocals/Parameters.
      // `any` switches the type checker off; the few deliberate ones say why in a disable comment.
      '@typescript-eslint/no-explicit-any': 'error',
      // tsc already refuses a callback that misses a return on some path, and unlike this rule it knows
      // when a switch over a union is exhaustive.
      'array-callback-return': 'off',
    },
  },
  {
    files: ['tests/**/*.ts'],
    rules: {
      // Tests read response bodies as loosely typed JSON (`Record<string, any>`); the assertions check them.
      '@typescript-eslint/no-explicit-any': 'off',
    },
  },
]
