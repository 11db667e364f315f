import { describe, expect, it } from 'vitest';
import { portalUrlVariable, readAppConfig } from './app-config.js';

/** A relying party's registration, as an operator sets it for `AUTH_MODE=oidc`. */
const oidc = { OIDC_ISSUER: 'https://login.example.test', OIDC_CLIENT_ID: 'loome', OIDC_CLIENT_SECRET: 'registration-secret' };

describe('app config', () => {
  it('Contract: dev sign-in is the embedded default', () => {
    expect(readAppConfig({ env: {} }).authMode).toBe('dev');
    expect(readAppConfig({ env: { AUTH_MODE: 'oidc', ...oidc } }).authMode).toBe('oidc');
  });

  it('Sign-in: OpenID sign-in does not start half-configured; each missing setting is named', () => {
    expect(() => readAppConfig({ env: { AUTH_MODE: 'oidc' } })).toThrow(/AUTH_MODE=oidc needs OIDC_ISSUER/);
    expect(() => readAppConfig({ env: { AUTH_MODE: 'oidc', ...oidc, OIDC_CLIENT_SECRET: '' } })).toThrow(/AUTH_MODE=oidc needs OIDC_CLIENT_SECRET/);
  });

  it('Contract: dev sign-in is refused in production: off by default there, and asking for it stops the start', () => {
    const pepper = { API_KEY_PEPPER: 'p'.repeat(32), ...oidc };
    expect(readAppConfig({ env: { NODE_ENV: 'production', ...pepper } }).authMode).toBe('oidc');
    expect(() => readAppConfig({ env: { NODE_ENV: 'production', AUTH_MODE: 'dev', ...pepper } })).toThrow(/refused when NODE_ENV=production/);
  });

  it('Sessions and secrets: production needs an API key pepper of its own, of at least 32 characters; the embedded default has one', () => {
    expect(() => readAppConfig({ env: { NODE_ENV: 'production' } })).toThrow(/API_KEY_PEPPER is required/);
    expect(() => readAppConfig({ env: { API_KEY_PEPPER: 'short' } })).toThrow(/at least 32/);
    expect(readAppConfig({ env: { NODE_ENV: 'production', API_KEY_PEPPER: 'p'.repeat(32), ...oidc } }).apiKeyPepper).toBe('p'.repeat(32));
    expect(readAppConfig({ env: {} }).apiKeyPepper.length).toBeGreaterThan(0);
  });

  it("reads each registered product's portal address from PORTAL_URL_<ID>, dashes written as underscores", () => {
    expect(readAppConfig({ env: { PORTAL_URL_MONITOR: 'https://monitor.example.test', PORTAL_URL_UNKNOWN: 'https://x.test' } }).portalUrls).toEqual({
      monitor: 'https://monitor.example.test',
    });
    expect(portalUrlVariable({ productId: 'data-hub' })).toBe('PORTAL_URL_DATA_HUB');
  });

  it('Overload: database limits come from the environment, with defaults that answer a stuck request within 5 s', () => {
    const defaults = readAppConfig({ env: {} }).databaseLimits;
    expect(defaults).toEqual({
      poolSize: 10,
      readReserve: 2,
      acquireTimeoutMs: 2_000,
      lockTimeoutMs: 2_000,
      statementTimeoutMs: 30_000,
      idleInTransactionTimeoutMs: 30_000,
    });
    expect(defaults.acquireTimeoutMs + defaults.lockTimeoutMs).toBeLessThan(5_000);
    const set = readAppConfig({
      env: {
        DATABASE_POOL_SIZE: '20',
        DATABASE_READ_RESERVE: '5',
        DATABASE_ACQUIRE_TIMEOUT_MS: '1500',
        DATABASE_LOCK_TIMEOUT_MS: '1000',
        DATABASE_STATEMENT_TIMEOUT_MS: '60000',
        DATABASE_IDLE_IN_TRANSACTION_TIMEOUT_MS: '45000',
      },
    }).databaseLimits;
    expect(set).toEqual({
      poolSize: 20,
      readReserve: 5,
      acquireTimeoutMs: 1_500,
      lockTimeoutMs: 1_000,
      statementTimeoutMs: 60_000,
      idleInTransactionTimeoutMs: 45_000,
    });
  });

  it('Overload: a limit that would leave no write connection, no read reserve or no bound stops the start', () => {
    expect(() => readAppConfig({ env: { DATABASE_READ_RESERVE: '10' } })).toThrow(/DATABASE_READ_RESERVE/);
    expect(() => readAppConfig({ env: { DATABASE_READ_RESERVE: '0' } })).toThrow(/DATABASE_READ_RESERVE/);
    expect(() => readAppConfig({ env: { DATABASE_LOCK_TIMEOUT_MS: '0' } })).toThrow(/DATABASE_LOCK_TIMEOUT_MS/);
    expect(() => readAppConfig({ env: { DATABASE_STATEMENT_TIMEOUT_MS: '30s' } })).toThrow(/DATABASE_STATEMENT_TIMEOUT_MS/);
    expect(readAppConfig({ env: { DATABASE_POOL_SIZE: '2' } }).databaseLimits).toMatchObject({ poolSize: 2, readReserve: 1 });
  });
});
