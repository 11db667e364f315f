/**
 * Shared lint presets. Each package's eslint.config.js calls the one for its kind with its own
 * folder (and, for Svelte packages, its svelte.config.js).
 */
import { defineConfig } from 'eslint/config';
import { anyPackageBoundaries, apiBoundaries, rolesCoreBoundaries, svelteBoundaries, uiBoundaries, workspaceScriptBoundaries } from './boundaries.js';
import { sveltePreset } from './svelte.js';
import { looseJsonInTests } from './tests.js';
import { typescriptPreset } from './typescript.js';

/**
 * @typedef {object} PresetOptions
 * @property {string} dir the package's folder (its tsconfig files are found from there)
 * @property {string[]} [ignores] files the package generates, left unlinted
 * @property {object} [svelteConfig] a Svelte package's svelte.config.js
 */

/** A TypeScript or JavaScript package with no boundary of its own (clients, tooling). @param {PresetOptions} options */
export const typescriptPackage = (options) => defineConfig(typescriptPreset(options), anyPackageBoundaries());

/** tooling/scripts: the root package.json's commands, which start the apps from their build output. @param {PresetOptions} options */
export const workspaceScripts = (options) => defineConfig(typescriptPreset(options), workspaceScriptBoundaries());

/** @param {PresetOptions} options */
export const rolesCore = (options) => defineConfig(typescriptPreset(options), rolesCoreBoundaries());

/** @param {PresetOptions} options */
export const api = (options) => defineConfig(typescriptPreset(options), looseJsonInTests(), apiBoundaries());

/** A portal app or portal-kit. @param {PresetOptions} options */
export const sveltePackage = (options) => defineConfig(typescriptPreset(options), sveltePreset(options), svelteBoundaries());

/** @param {PresetOptions} options */
export const ui = (options) => defineConfig(typescriptPreset(options), sveltePreset(options), uiBoundaries());
