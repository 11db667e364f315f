import { products } from '@loome/roles-core';

/** Settings read from the environment once at start; tests pass their own. */
export interface AppConfig {
  port: number;
  databaseUrl: string;
  /** `dev` enables dev sign-in; anything else (e.g. `oidc`) refuses it. */
  authMode: string;
  platformAdminToken: string | null;
  smtpUrl: string | null;
  demoData: boolean;
  portalOrigins: readonly string[];
  /** Public URL of each product's portal by product id, when set in PORTAL_URL_<ID>. */
  portalUrls: Readonly<Record<string, string>>;
  /** Migrations run on start; tests of schema drift turn this off. */
  runMigrations: boolean;
}

export const APP_CONFIG = Symbol('APP_CONFIG');


export function readAppConfig({ env }: { env: NodeJS.ProcessEnv }): AppConfig {
  const portalUrls: Record<string, string> = {};
  for (const [key, value] of Object.entries(env)) {
    const match = /^PORTAL_URL_([A-Z0-9_]+)$/.exec(key);
    if (match?.[1] && value) portalUrls[match[1].toLowerCase()] = value;
  }
  return {
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL ?? 'sqlite:./data/loome.sqlite',
    authMode: authModeOf({ env }),
    platformAdminToken: env.PLATFORM_ADMIN_TOKEN || null,
    smtpUrl: env.SMTP_URL || null,
    demoData: env.DEMO_DATA === '1',
    portalOrigins: env.PORTAL_ORIGINS
      ? env.PORTAL_ORIGINS.split(',').map((origin) => origin.trim()).filter(Boolean)
      : products.map((product) => `http://localhost:${product.portalPort}`),
    portalUrls,
    runMigrations: true,
  };
}

/**
 * Dev sign-in is the embedded default and refused in production (SPEC §4): with
 * NODE_ENV=production and no AUTH_MODE there is none, and asking for it there stops the start.
 */
function authModeOf({ env }: { env: NodeJS.ProcessEnv }): string {
  const production = env.NODE_ENV === 'production';
  const mode = env.AUTH_MODE || (production ? 'oidc' : 'dev');
  if (production && mode === 'dev') throw new Error('AUTH_MODE=dev is refused when NODE_ENV=production: dev sign-in lets anyone sign in as any email');
  return mode;
}
