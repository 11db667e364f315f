import { vitestPreset } from '@loome/vitest-config';

export default vitestPreset({ setupFiles: ['./test/fixed-seed-in-ci.ts'] });
