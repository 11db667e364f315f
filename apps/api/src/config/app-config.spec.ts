import { describe, expect, it } from 'vitest';
import { portalUrlVariable, readAppConfig } from './app-config.js';

describe('app config', () => {
  it('Contract: dev sign-in is the embedded default', () => {
    expect(readAppConfig({ env: {} }).authMode).toBe('dev');
    expect(readAppConfig({ env: { AUTH_MODE: 'oidc' } }).authMode).toBe('oidc');
  });

  it('Contract: dev sign-in is refused in production: off by default there, and asking for it stops the start', () => {
    expect(readAppConfig({ env: { NODE_ENV: 'production' } }).authMode).toBe('oidc');
    expect(() => readAppConfig({ env: { NODE_ENV: 'production', AUTH_MODE: 'dev' } })).toThrow(/refused when NODE_ENV=production/);
  });

  it('reads each registered product\'s portal address from PORTAL_URL_<ID>, dashes written as underscores', () => {
    expect(readAppConfig({ env: { PORTAL_URL_MONITOR: 'https://monitor.example.test', PORTAL_URL_UNKNOWN: 'https://x.test' } }).portalUrls).toEqual({ monitor: 'https://monitor.example.test' });
    expect(portalUrlVariable({ productId: 'data-hub' })).toBe('PORTAL_URL_DATA_HUB');
  });
});
