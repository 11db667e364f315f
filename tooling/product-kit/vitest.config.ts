import { vitestPreset } from '@loome/vitest-config';

// The workspace-copy suites build roles-core in a temporary folder: one file at a time on 2 cores.
export default vitestPreset({ fileParallelism: false });
