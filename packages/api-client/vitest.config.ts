import { vitestPreset } from '@loome/vitest-config';

export default vitestPreset();
