import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

/** The gallery app that documents each component; the library itself ships as source. */
export default {
  preprocess: vitePreprocess(),
  kit: { adapter: adapter() },
};
