export { auditExportEndpoint as GET } from '@loome/portal-kit/server';
