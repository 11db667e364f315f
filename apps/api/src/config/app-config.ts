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
  /** Public URL of each product's portal by product id, when set in `portalUrlVariable`'s name. */
  portalUrls: Readonly<Record<string, string>>;
  /** Migrations run on start; tests of schema drift turn this off. */
  runMigrations: boolean;
  /** Memory the cache of loaded tenants may use (`TENANT_CACHE_MB`, default 1024); past it the least recently used go. */
  tenantCacheMegabytes?: number;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

/** `PORTAL_URL_DATA_HUB` for the product `data-hub`: environment names hold no dashes. */
export function portalUrlVariable({ productId }: { productId: string }): string {
  return `PORTAL_URL_${productId.toUpperCase().replaceAll('-', '_')}`;
}


export function readAppConfig({ env }: { env: NodeJS.ProcessEnv }): AppConfig {
  const portalUrls: Record<string, string> = {};
  for (const product of products) {
    const value = env[portalUrlVariable({ productId: product.id })];
    if (value) portalUrls[product.id] = value;
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
    tenantCacheMegabytes: positiveNumber(env.TENANT_CACHE_MB) ?? 1024,
  };
}

function positiveNumber(value: string | undefined): number | undefined {
  const number = Number(value);
  return value && Number.isFinite(number) && number > 0 ? number : undefined;
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
