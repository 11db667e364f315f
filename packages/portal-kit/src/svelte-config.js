import { fileURLToPath } from 'node:url';

/**
 * What every portal's svelte.config.js shares: its Content-Security-Policy. SvelteKit adds a
 * nonce (pages rendered per request) or a hash (prerendered ones) for each inline script it
 * writes, so scripts run only from the portal itself, never inline ones an injection could add.
 * Styles may be inline: Svelte writes transition styles and `style:` attributes at run time.
 * `form-action` is left open: signing in posts a form that redirects to the identity provider.
 */
export const portalCsp = {
  mode: 'auto',
  directives: {
    'default-src': ['self'],
    'script-src': ['self'],
    'style-src': ['self', 'unsafe-inline'],
    'img-src': ['self', 'data:'],
    'font-src': ['self'],
    'connect-src': ['self'],
    'object-src': ['none'],
    'base-uri': ['self'],
    'frame-ancestors': ['none'],
  },
};

/**
 * The page SvelteKit answers when not even the portal's error page can be drawn (its root layout
 * failed): still in words, with Retry, never the framework's bare status line.
 */
export const portalFiles = {
  errorTemplate: fileURLToPath(new URL('./error.html', import.meta.url)),
};

/**
 * What every portal's generated tsconfig adds: its browser scenarios (e2e/), so that svelte-check
 * type-checks them and the linter reads them with type information like the portal's own code.
 */
export const portalTypescript = {
  config: (config) => ({ ...config, include: [...config.include, '../e2e/**/*.ts'] }),
};
