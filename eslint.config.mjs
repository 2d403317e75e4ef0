// Type-aware lint rules, run by `npm run lint` in `npm test`: the mistakes tsc lets through.
// - no-floating-promises: a promise nobody awaits loses its error (an unhandled rejection) and its
//   order; fire-and-forget is written `void work(); // why`.
// - switch-exhaustiveness-check: a switch over a union names every case (or says `default:`), so a
//   new member of the union fails here.
// - consistent-type-imports: type-only imports say so (`import type`), so they vanish from the output.
import { defineConfig } from 'eslint/config';
import tseslint from 'typescript-eslint';

export default defineConfig(
  { ignores: ['node_modules/', 'dist/', 'dist-bench/', 'coverage/', 'public/', '**/*.cjs', '**/*.mjs'] },
  {
    files: ['**/*.ts', '**/*.mts'],
    languageOptions: {
      parser: tseslint.parser,
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { '@typescript-eslint': tseslint.plugin },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': ['error', { considerDefaultExhaustiveForUnions: true }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
);
