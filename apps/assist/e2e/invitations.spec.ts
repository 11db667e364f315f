import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { registerInvitationScenarios, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('assist portal: pending invitations — who invited and when, Resend, Revoke', () => {
  const ctx = usePortalStack({ portalDir, productId: 'assist' });
  registerInvitationScenarios({ ctx, portal: 'assist', portalDir });
});
