import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { ADD_MEMBERS_DIRECTORY, registerAddMembersScenarios, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('assist portal: Add Members as people use it', () => {
  const ctx = usePortalStack({ portalDir, productId: 'assist', tenant: { directory: ADD_MEMBERS_DIRECTORY } });
  registerAddMembersScenarios({ ctx, portal: 'assist', portalDir, productId: 'assist' });
});
