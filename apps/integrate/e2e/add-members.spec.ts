import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { ADD_MEMBERS_DIRECTORY, registerAddMembersScenarios, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('integrate portal: Add Members as people use it', () => {
  const ctx = usePortalStack({ portalDir, productId: 'integrate', tenant: { directory: ADD_MEMBERS_DIRECTORY } });
  registerAddMembersScenarios({ ctx, portal: 'integrate', portalDir, productId: 'integrate' });
});
