export { renderPermissionMatrices } from './render-permission-matrices.js';
