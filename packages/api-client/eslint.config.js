import base from '@loome/eslint-config';

export default base;
