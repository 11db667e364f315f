import tseslint from 'typescript-eslint';

/** Shared lint preset; each package's eslint.config.js is three lines that re-export it. */
export default tseslint.config(
  { ignores: ['dist/**', 'build/**', '.svelte-kit/**', 'node_modules/**'] },
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
    },
  },
);
