import { sveltePackage } from '@loome/eslint-config';
import svelteConfig from './svelte.config.js';

export default sveltePackage({ dir: import.meta.dirname, svelteConfig });
