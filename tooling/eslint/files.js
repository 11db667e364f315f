/** File groups the presets give different rules to (globs relative to the package linted). */

export const IGNORED = ['dist/**', 'build/**', '.svelte-kit/**', 'node_modules/**', 'coverage/**'];

export const JAVASCRIPT = ['**/*.js', '**/*.mjs', '**/*.cjs'];

export const SVELTE = ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'];

/** Tests, their harnesses and benchmarks: code that drives the product rather than being it. */
export const TESTS = ['**/*.spec.ts', '**/*.test-d.ts', 'test/**', 'e2e/**', 'bench/**', 'src/testing/**'];

/**
 * TypeScript files linted without type information: tool configuration files next to
 * package.json and declarations of JavaScript modules, which not every tsconfig includes.
 */
export const UNTYPED_TYPESCRIPT = ['*.config.ts', '**/*.d.ts', '**/*.d.mts'];
