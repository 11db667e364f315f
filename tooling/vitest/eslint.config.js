import { typescriptPackage } from '@loome/eslint-config';

export default typescriptPackage({ dir: import.meta.dirname });
