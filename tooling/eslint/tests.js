/**
 * The API's integration tests read HTTP answers as loose JSON (`LooseJson`, an `any`, in
 * test/integration/harness/api-client.ts) and assert their shape with `expect`; typing every
 * answer would restate each route's schema in the test. So the no-unsafe-* rules, which report
 * each use of such a value, are off for the API's tests only; its source keeps them.
 */
export const looseJsonInTests = () => [
  {
    files: ['test/**'],
    rules: {
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
];
