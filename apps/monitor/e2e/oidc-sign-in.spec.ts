import { fileURLToPath } from 'node:url';
import { describe } from 'vitest';
import { registerOidcSignInScenario } from '@loome/portal-kit/testing';

const portalDir = fileURLToPath(new URL('..', import.meta.url));

describe('monitor portal: sign-in with OpenID Connect', () => {
  registerOidcSignInScenario({ portalDir, productId: 'monitor' });
});
