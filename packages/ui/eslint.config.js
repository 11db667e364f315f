import { ui } from '@loome/eslint-config';
import svelteConfig from './svelte.config.js';

export default ui({ dir: import.meta.dirname, svelteConfig });
