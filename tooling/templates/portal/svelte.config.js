import adapter from '@sveltejs/adapter-node';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // Portal forms are posted by the portal itself; the API checks Origin on its side as well.
    csrf: { trustedOrigins: [] },
  },
};
