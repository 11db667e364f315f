import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { registerSharedScenarios, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('assist portal: Application Roles, Remote Access, About', () => {
  const ctx = usePortalStack({ portalDir, productId: 'assist' });
  registerSharedScenarios({ ctx, portal: 'assist', portalDir });
});
