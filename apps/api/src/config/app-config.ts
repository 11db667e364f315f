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
  /** How long a request may wait on the database before it answers `503 UNAVAILABLE`. */
  databaseLimits: DatabaseLimits;
  /** When a session ends (SPEC §4 *Production*, Sign-in). */
  sessions: SessionLimits;
  /** OpenID Connect sign-in; set exactly when `authMode` is `oidc`. */
  oidc: OidcConfig | null;
  /** `API_KEY_PEPPER`: the key API key secrets are hashed under (see `hashApiKeySecret`). */
  apiKeyPepper: string;
}

export interface SessionLimits {
  /** `SESSION_IDLE_MINUTES` (30): a session unused this long ends. */
  idleSeconds: number;
  /** `SESSION_MAX_HOURS` (10): a session ends this long after sign-in, however busy. */
  maxSeconds: number;
}

/** The relying party's registration at the OpenID provider (`AUTH_MODE=oidc`). */
export interface OidcConfig {
  /** `OIDC_ISSUER`: discovery reads `<issuer>/.well-known/openid-configuration`. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** `OIDC_PROVIDER_NAME`, shown as "Sign in with <name>"; derived from the issuer when unset. */
  providerName: string;
  /**
   * `OIDC_REDIRECT_URIS` (comma-separated), else `<portal>/sign-in/callback` of every portal
   * address (`PORTAL_URL_<PRODUCT>`, `PORTAL_ORIGINS`): the only redirect URIs a sign-in may use.
   * Signing out returns to `/sign-in` on the same origins.
   */
  redirectUris: readonly string[];
}

/**
 * Bounds on waiting for the database (SPEC §4 *Production*, Overload). Past any of them a request
 * answers `503 UNAVAILABLE` with `Retry-After` instead of waiting without end.
 */
export interface DatabaseLimits {
  /** `DATABASE_POOL_SIZE` (10): PostgreSQL connections a process opens at most. */
  poolSize: number;
  /**
   * `DATABASE_READ_RESERVE` (2): connections write transactions leave free, so sessions, keys and
   * checks always find one while writes of every tenant wait on locks. At least one, and at least
   * one connection stays for writes.
   */
  readReserve: number;
  /**
   * `DATABASE_ACQUIRE_TIMEOUT_MS` (2,000): the wait for a pool connection, and a write's wait for
   * its turn on its tenant and for a write connection.
   */
  acquireTimeoutMs: number;
  /**
   * `DATABASE_LOCK_TIMEOUT_MS` (2,000): PostgreSQL's `lock_timeout` (a tenant row held by another
   * process) and SQLite's busy timeout (the file held by another writer). With the acquire
   * timeout, a request stuck behind either answers within about 4 s.
   */
  lockTimeoutMs: number;
  /**
   * `DATABASE_STATEMENT_TIMEOUT_MS` (30,000): PostgreSQL's `statement_timeout`. The longest
   * statement of a 45,000-address invitation took 1.6–2.1 s on a quiet 2-core machine.
   */
  statementTimeoutMs: number;
  /**
   * `DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS` (30,000): PostgreSQL ends a transaction left idle
   * this long (a stalled process), releasing its locks. A large invitation pauses up to 0.6 s
   * between its statements while it plans.
   */
  idleInTransactionTimeoutMs: number;
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
  const config: AppConfig = {
    port: Number(env.PORT ?? 3000),
    databaseUrl: env.DATABASE_URL ?? 'sqlite:./data/loome.sqlite',
    authMode: authModeOf({ env }),
    platformAdminToken: env.PLATFORM_ADMIN_TOKEN || null,
    smtpUrl: env.SMTP_URL || null,
    demoData: env.DEMO_DATA === '1',
    portalOrigins: env.PORTAL_ORIGINS
      ? env.PORTAL_ORIGINS.split(',')
          .map((origin) => origin.trim())
          .filter(Boolean)
      : products.map((product) => `http://localhost:${product.portalPort}`),
    portalUrls,
    runMigrations: true,
    tenantCacheMegabytes: positiveInteger({ env, name: 'TENANT_CACHE_MB', fallback: 1024 }),
    databaseLimits: databaseLimitsOf({ env }),
    sessions: {
      idleSeconds: positiveInteger({ env, name: 'SESSION_IDLE_MINUTES', fallback: 30 }) * 60,
      maxSeconds: positiveInteger({ env, name: 'SESSION_MAX_HOURS', fallback: 10 }) * 3600,
    },
    oidc: null,
    apiKeyPepper: apiKeyPepperOf({ env }),
  };
  if (config.authMode === 'oidc') config.oidc = oidcConfigOf({ env, portalOrigins: [...config.portalOrigins, ...Object.values(portalUrls)] });
  return config;
}

/** OpenID sign-in cannot start half-configured: a missing setting stops the start with its name. */
function oidcConfigOf({ env, portalOrigins }: { env: NodeJS.ProcessEnv; portalOrigins: readonly string[] }): OidcConfig {
  const required = (name: string): string => {
    const value = env[name]?.trim();
    if (!value) throw new Error(`AUTH_MODE=oidc needs ${name}`);
    return value;
  };
  const issuer = required('OIDC_ISSUER');
  const configured = env.OIDC_REDIRECT_URIS?.split(',')
    .map((uri) => uri.trim())
    .filter(Boolean);
  const origins = [...new Set(portalOrigins.map((origin) => new URL(origin).origin))];
  return {
    issuer,
    clientId: required('OIDC_CLIENT_ID'),
    clientSecret: required('OIDC_CLIENT_SECRET'),
    providerName: env.OIDC_PROVIDER_NAME?.trim() || providerNameOf({ issuer }),
    redirectUris: configured?.length ? configured : origins.map((origin) => `${origin}/sign-in/callback`),
  };
}

/** "Sign in with Microsoft" reads better than a host name; other providers show their host. */
export function providerNameOf({ issuer }: { issuer: string }): string {
  const host = new URL(issuer).hostname;
  if (host === 'login.microsoftonline.com' || host.endsWith('.ciamlogin.com')) return 'Microsoft';
  if (host === 'accounts.google.com') return 'Google';
  return host;
}

/** Known to everyone, so protecting nothing: only for the embedded default, never in production. */
const DEVELOPMENT_API_KEY_PEPPER = 'loome-development-api-key-pepper';

/**
 * The pepper API key hashes are keyed with. Production needs one of its own (32 characters or
 * more), set before the first start and kept: every stored key hash depends on it. The migration
 * that keyed existing hashes reads it from the same place.
 */
export function apiKeyPepperOf({ env }: { env: NodeJS.ProcessEnv }): string {
  const pepper = env.API_KEY_PEPPER;
  if (pepper) {
    if (pepper.length < 32) throw new Error('API_KEY_PEPPER must hold at least 32 characters');
    return pepper;
  }
  if (env.NODE_ENV === 'production') throw new Error('API_KEY_PEPPER is required when NODE_ENV=production: API key secrets are hashed under it');
  return DEVELOPMENT_API_KEY_PEPPER;
}

function databaseLimitsOf({ env }: { env: NodeJS.ProcessEnv }): DatabaseLimits {
  const poolSize = positiveInteger({ env, name: 'DATABASE_POOL_SIZE', fallback: 10, min: 2 });
  return {
    poolSize,
    readReserve: positiveInteger({ env, name: 'DATABASE_READ_RESERVE', fallback: Math.min(2, poolSize - 1), min: 1, max: poolSize - 1 }),
    acquireTimeoutMs: positiveInteger({ env, name: 'DATABASE_ACQUIRE_TIMEOUT_MS', fallback: 2_000 }),
    lockTimeoutMs: positiveInteger({ env, name: 'DATABASE_LOCK_TIMEOUT_MS', fallback: 2_000 }),
    statementTimeoutMs: positiveInteger({ env, name: 'DATABASE_STATEMENT_TIMEOUT_MS', fallback: 30_000 }),
    idleInTransactionTimeoutMs: positiveInteger({ env, name: 'DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS', fallback: 30_000 }),
  };
}

/** A bad limit stops the start: a zero timeout would mean "wait without end" to PostgreSQL. */
function positiveInteger({
  env,
  name,
  fallback,
  min = 1,
  max = Number.MAX_SAFE_INTEGER,
}: {
  env: NodeJS.ProcessEnv;
  name: string;
  fallback: number;
  min?: number;
  max?: number;
}): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const value = Number(text);
  if (!Number.isInteger(value) || value < min || value > max)
    throw new Error(`${name} must be a whole number from ${min} to ${max}, not ${JSON.stringify(text)}`);
  return value;
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
