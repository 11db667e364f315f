/**
 * The rules every package is linted with: ESLint's and typescript-eslint's recommended rules, the
 * latter with type information (each file is checked against the tsconfig that includes it).
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { IGNORED, JAVASCRIPT, UNTYPED_TYPESCRIPT } from './files.js';

/** @param {{ dir: string, ignores?: string[] }} options the package folder, and files it generates */
export function typescriptPreset({ dir, ignores = [] }) {
  return defineConfig(
    globalIgnores([...IGNORED, ...ignores]),
    js.configs.recommended,
    tseslint.configs.recommendedTypeChecked,
    {
      languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: dir } },
      linterOptions: { reportUnusedDisableDirectives: 'error' },
      rules: {
        '@typescript-eslint/no-explicit-any': 'error',
        // `interface Locals extends PortalLocals {}` is how SvelteKit's App namespace is extended (declaration merging).
        '@typescript-eslint/no-empty-object-type': ['error', { allowInterfaces: 'with-single-extends' }],
        '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
        'no-console': ['error', { allow: ['warn', 'error', 'log'] }],
      },
    },
    // Plain JavaScript (scripts, benchmarks), tool configuration files and declarations are not
    // all in a tsconfig: they are linted without type information.
    { files: [...JAVASCRIPT, ...UNTYPED_TYPESCRIPT], extends: [tseslint.configs.disableTypeChecked] },
    { files: JAVASCRIPT, languageOptions: { globals: globals.node } },
  );
}
