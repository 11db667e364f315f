import { defineConfig } from 'vitest/config';

/** One preset for every package: node environment, spec files beside the code and under test/. */
export function vitestPreset(overrides = {}) {
  return defineConfig({
    test: {
      include: ['src/**/*.spec.ts', 'test/**/*.spec.ts', 'test/**/*.test-d.ts'],
      environment: 'node',
      testTimeout: 60_000,
      hookTimeout: 120_000,
      reporters: process.env.CI ? ['default'] : ['default'],
      ...overrides,
    },
  });
}
