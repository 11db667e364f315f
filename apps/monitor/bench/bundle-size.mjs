// Client JavaScript (gzip) loaded by each page of the portal; run after `pnpm build`.
import { fileURLToPath } from 'node:url';
import { reportPortalBundles } from '@loome/portal-kit/testing/bundle-size';

reportPortalBundles({ appDir: fileURLToPath(new URL('..', import.meta.url)), portal: 'monitor' });
