import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { registerInvitationScenarios, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('monitor portal: pending invitations — who invited and when, Resend, Revoke', () => {
  const ctx = usePortalStack({ portalDir, productId: 'monitor' });
  registerInvitationScenarios({ ctx, portal: 'monitor', portalDir });
});
