// `pnpm start`: the API and every product's portal on the embedded default, with demo data.
// `pnpm start:oidc` (`--oidc`): the same with production sign-in, through a local OpenID provider
// on loopback whose accounts are the demo directory's people, every email verified.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { DEMO_DIRECTORY } from '../../apps/api/dist/demo/demo-data.js';
import { products } from '../../packages/roles-core/dist/index.js';
import { startLocalOidcProvider } from '../local-oidc-provider/local-oidc-provider.mjs';

const apiPort = Number(process.env.PORT ?? 3000);
const apiUrl = `http://localhost:${apiPort}`;
const portals = products.filter((product) => existsSync(`apps/${product.id}/build/index.js`));
const portalOrigins = portals.map((product) => `http://localhost:${product.portalPort}`);

const children = [];
function run(name, entry, env) {
  const child = spawn(process.execPath, [entry], { stdio: 'inherit', env: { ...process.env, ...env } });
  child.on('exit', (code) => {
    console.error(`${name} stopped (${code ?? 'signal'}); stopping the rest.`);
    stopAll(code ?? 1);
  });
  children.push(child);
}
function stopAll(code) {
  for (const child of children) child.kill('SIGTERM');
  void provider?.close();
  process.exit(code);
}
process.on('SIGINT', () => stopAll(0));
process.on('SIGTERM', () => stopAll(0));

const withOidc = process.argv.includes('--oidc');
const provider = withOidc
  ? await startLocalOidcProvider({
      host: '127.0.0.1',
      port: Number(process.env.OIDC_PORT ?? 3009),
      accounts: DEMO_DIRECTORY.users.map((user, index) => ({ sub: `demo-${index + 1}`, email: user.email, name: user.name })),
      clients: [
        {
          clientId: 'loome-roles-local',
          clientSecret: 'loome-roles-local-secret',
          redirectUris: portalOrigins.map((origin) => `${origin}/sign-in/callback`),
          postLogoutRedirectUris: portalOrigins.map((origin) => `${origin}/sign-in`),
        },
      ],
    })
  : null;
const signIn = provider
  ? {
      AUTH_MODE: 'oidc',
      OIDC_ISSUER: provider.issuer,
      OIDC_CLIENT_ID: 'loome-roles-local',
      OIDC_CLIENT_SECRET: 'loome-roles-local-secret',
      OIDC_PROVIDER_NAME: 'Local provider',
    }
  : { AUTH_MODE: process.env.AUTH_MODE ?? 'dev' };

run('API', 'apps/api/dist/main.js', {
  PORT: String(apiPort),
  ...signIn,
  DEMO_DATA: process.env.DEMO_DATA ?? '1',
  PORTAL_ORIGINS: portalOrigins.join(','),
});
for (const product of portals) {
  run(product.name, `apps/${product.id}/build/index.js`, {
    PORT: String(product.portalPort),
    ORIGIN: `http://localhost:${product.portalPort}`,
    API_URL: `${apiUrl}/trpc`,
  });
}

/** Polls an address until it answers, so the addresses are printed once they work. */
async function waitFor(url) {
  for (let attempt = 0; attempt < 600; attempt += 1) {
    try {
      await fetch(url, { redirect: 'manual' });
      return;
    } catch {
      await new Promise((resolve) => setTimeout(resolve, 250));
    }
  }
  throw new Error(`${url} did not answer within 150 s`);
}
await Promise.all([waitFor(`${apiUrl}/api/v1/products`), ...portals.map((product) => waitFor(`http://localhost:${product.portalPort}/`))]);

console.log('\nLoome Roles is running:');
console.log(`  API                 ${apiUrl}   (OpenAPI: ${apiUrl}/api/docs)`);
for (const product of portals) console.log(`  ${(product.name + ' portal').padEnd(19)} http://localhost:${product.portalPort}`);
if (provider) {
  console.log(`  OpenID provider     ${provider.issuer}   (local, for trying production sign-in)`);
  console.log('Sign in with "Local provider" and pick a demo person; admin@demo.loome.local administers every demo tenant.\n');
} else {
  console.log('Sign in with any email (dev sign-in); admin@demo.loome.local administers every demo tenant.\n');
}
