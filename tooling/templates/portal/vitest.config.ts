import { vitestPreset } from '@loome/vitest-config';

// Browser scenarios (e2e/) run one at a time: each starts its own API and portal.
export default vitestPreset({ include: ['e2e/**/*.spec.ts'], fileParallelism: false, passWithNoTests: true });
