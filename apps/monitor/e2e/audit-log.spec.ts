import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { registerAuditScenarios, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('monitor portal: the audit log in words (issue 17)', () => {
  const ctx = usePortalStack({ portalDir, productId: 'monitor' });
  registerAuditScenarios({ ctx, portal: 'monitor', portalDir });
});
