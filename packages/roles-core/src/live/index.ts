// Decisions kept current change by change, and the indexed views of a state the planners read.
export { LiveTenant } from './live-tenant.js';
export { isTenantMember, type TenantReader, type ListKey } from './tenant-reader.js';
export { readerOf } from './state-index.js';
