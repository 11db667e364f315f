import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { registerFailureScenarios, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('integrate portal: failure that keeps your work', () => {
  const ctx = usePortalStack({ portalDir, productId: 'integrate' });
  registerFailureScenarios({ ctx, portal: 'integrate', portalDir, scope: 'full' });
});
