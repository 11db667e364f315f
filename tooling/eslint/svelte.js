/** What Svelte packages add: .svelte files parsed by svelte-eslint-parser, their scripts by typescript-eslint. */
import svelte from 'eslint-plugin-svelte';
import tseslint from 'typescript-eslint';
import { SVELTE } from './files.js';

/** @param {{ dir: string, svelteConfig?: object }} options the package folder and its svelte.config.js */
export function sveltePreset({ svelteConfig }) {
  return [
    ...svelte.configs.recommended,
    {
      languageOptions: { parserOptions: { extraFileExtensions: ['.svelte'] } },
    },
    {
      files: SVELTE,
      languageOptions: { parserOptions: { parser: tseslint.parser, svelteConfig } },
      rules: {
        // TypeScript (svelte-check) reports unknown names, with the DOM's and the component's types.
        'no-undef': 'off',
        // Asks for `resolve()` from $app/paths on every link, which adds the app's base path. The
        // portals are served at the root (no `paths.base`), and portal-kit's links are shared by
        // every portal, whose typed route ids it cannot name.
        'svelte/no-navigation-without-resolve': 'off',
      },
    },
  ];
}
