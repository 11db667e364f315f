import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { registerSharedScenarios, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('integrate portal: Application Roles, Remote Access, About', () => {
  const ctx = usePortalStack({ portalDir, productId: 'integrate' });
  registerSharedScenarios({ ctx, portal: 'integrate', portalDir });
});
