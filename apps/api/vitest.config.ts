import { vitestPreset } from '@loome/vitest-config';

// Integration files share one database per file; running files one at a time keeps 2 cores usable.
export default vitestPreset({ fileParallelism: false });
