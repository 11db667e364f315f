import { describe, expect, it } from 'vitest';
import { readAppConfig } from './app-config.js';

describe('app config', () => {
  it('Contract: dev sign-in is the embedded default', () => {
    expect(readAppConfig({ env: {} }).authMode).toBe('dev');
    expect(readAppConfig({ env: { AUTH_MODE: 'oidc' } }).authMode).toBe('oidc');
  });

  it('Contract: dev sign-in is refused in production: off by default there, and asking for it stops the start', () => {
    expect(readAppConfig({ env: { NODE_ENV: 'production' } }).authMode).toBe('oidc');
    expect(() => readAppConfig({ env: { NODE_ENV: 'production', AUTH_MODE: 'dev' } })).toThrow(/refused when NODE_ENV=production/);
  });
});
