import adapter from '@sveltejs/adapter-node';
import { portalCsp, portalFiles, portalTypescript } from '@loome/portal-kit/svelte-config';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';

export default {
  preprocess: vitePreprocess(),
  kit: {
    adapter: adapter(),
    // Portal forms are posted by the portal itself; the API checks Origin on its side as well.
    csrf: { trustedOrigins: [] },
    // No inline script runs unless SvelteKit wrote it; framing refused (shared by the three portals).
    csp: portalCsp,
    // Browser scenarios are type-checked with the portal (shared by the three portals).
    typescript: portalTypescript,
    // The last-resort error page, in words with Retry (shared by the three portals).
    files: portalFiles,
  },
};
