import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { registerProjectSettingsScenarios, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('integrate portal: renaming and deleting a project', () => {
  const ctx = usePortalStack({ portalDir, productId: 'integrate' });
  registerProjectSettingsScenarios({ ctx, portal: 'integrate', portalDir, productId: 'integrate' });
});
