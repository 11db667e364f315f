import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { registerSharedScenarios, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('monitor portal: Application Roles, Remote Access, About', () => {
  const ctx = usePortalStack({ portalDir, productId: 'monitor' });
  registerSharedScenarios({ ctx, portal: 'monitor', portalDir });
});
