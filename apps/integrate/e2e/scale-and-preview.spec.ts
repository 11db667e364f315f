import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { registerScaleAndPreviewScenarios, usePortalStack } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('integrate portal: lists that scale, dry runs before changes, phones', () => {
  const ctx = usePortalStack({ portalDir, productId: 'integrate' });
  registerScaleAndPreviewScenarios({ ctx, portal: 'integrate', portalDir });
});
