// The public API of roles-core: everything the API and the portals may import.
export * from './model/product-definition.js';
export * from './model/tenant-state.js';
export * from './model/refusal.js';
export * from './model/effect.js';
export * from './model/effect-emails.js';
export * from './model/tenant-change.js';
export * from './model/directory-standing.js';
export * from './define-product.js';
export * from './products/index.js';
export * from './decisions/index.js';
export * from './planners/index.js';
export * from './live/index.js';
export * from './legacy/index.js';
export * from './invitations/index.js';
export * from './docs/index.js';
export * from './audit/index.js';
