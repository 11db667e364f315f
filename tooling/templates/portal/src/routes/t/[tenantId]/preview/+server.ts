export { previewEndpoint as POST } from '@loome/portal-kit/server';
