import { rolesCore } from '@loome/eslint-config';

export default rolesCore({ dir: import.meta.dirname });
