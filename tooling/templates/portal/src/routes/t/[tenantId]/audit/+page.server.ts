export { loadAudit as load } from '@loome/portal-kit/server';
