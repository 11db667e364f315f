import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { registerFailureScenarios, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('assist portal: failure that keeps your work', () => {
  const ctx = usePortalStack({ portalDir, productId: 'assist' });
  registerFailureScenarios({ ctx, portal: 'assist', portalDir, scope: 'shared' });
});
