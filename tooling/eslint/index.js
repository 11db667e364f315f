/**
 * Shared lint presets. Each package's eslint.config.js calls the one for its kind with its own
 * folder (and, for Svelte packages, its svelte.config.js).
 */
import { anyPackageBoundaries, apiBoundaries, rolesCoreBoundaries, svelteBoundaries, uiBoundaries, workspaceScriptBoundaries } from './boundaries.js';
import { sveltePreset } from './svelte.js';
import { looseJsonInTests } from './tests.js';
import { typescriptPreset } from './typescript.js';

/** A TypeScript or JavaScript package with no boundary of its own (clients, tooling). */
export const typescriptPackage = (options) => [...typescriptPreset(options), ...anyPackageBoundaries()];

/** tooling/scripts: the root package.json's commands, which start the apps from their build output. */
export const workspaceScripts = (options) => [...typescriptPreset(options), ...workspaceScriptBoundaries()];

export const rolesCore = (options) => [...typescriptPreset(options), ...rolesCoreBoundaries()];

export const api = (options) => [...typescriptPreset(options), ...looseJsonInTests(), ...apiBoundaries()];

/** A portal app or portal-kit. */
export const sveltePackage = (options) => [...typescriptPreset(options), ...sveltePreset(options), ...svelteBoundaries()];

export const ui = (options) => [...typescriptPreset(options), ...sveltePreset(options), ...uiBoundaries()];
