import { typescriptPackage } from '@loome/eslint-config';

// src/schema.ts is written by openapi-typescript (scripts/generate.mjs).
export default typescriptPackage({ dir: import.meta.dirname, ignores: ['src/schema.ts'] });
