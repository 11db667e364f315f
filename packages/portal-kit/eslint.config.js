import { sveltePackage } from '@loome/eslint-config';

export default sveltePackage({ dir: import.meta.dirname });
