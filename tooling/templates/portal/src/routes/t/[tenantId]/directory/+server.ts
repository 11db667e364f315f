export { directoryEndpoint as GET } from '@loome/portal-kit/server';
