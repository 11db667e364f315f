// Client JavaScript (gzip) loaded by the Application Roles page; run after `pnpm build`.
import { fileURLToPath } from 'node:url';
import { reportRouteBundle } from '@loome/portal-kit/testing/bundle-size';

reportRouteBundle({ appDir: fileURLToPath(new URL('..', import.meta.url)), routeId: '/t/[tenantId]/roles', portal: 'monitor' });
