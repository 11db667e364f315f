import { api } from '@loome/eslint-config';

export default api({ dir: import.meta.dirname });
