/**
 * Starts the built API (temporary SQLite file, dev sign-in, demo data) and one built portal
 * on free ports, for browser tests; `stop` ends both and removes the database.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startLocalOidcProvider, type LocalAccount } from '@loome/local-oidc-provider';
import { findFreePort } from './free-port.js';
import { findRepoRoot } from './repo-root.js';

export interface Stack {
  apiUrl: string;
  portalUrl: string;
  platformToken: string;
  /** Calls a platform route of the API's REST interface and answers its JSON. */
  platform: <T = Record<string, unknown>>(input: { method: string; path: string; body?: unknown }) => Promise<T>;
  /** Signs in to the API's REST interface (dev sign-in) and answers a caller acting as that person. */
  restAs: (input: { email: string }) => Promise<RestCaller>;
  logs: () => string;
  /** Stops the API only (the portal keeps running), as when the server is down or cut off. */
  stopApi: () => Promise<void>;
  /** Starts the API again on the same address and database, and waits until it answers. */
  startApi: () => Promise<void>;
  stop: () => Promise<void>;
}

export type RestCaller = <T = Record<string, unknown>>(input: { method: string; path: string; body?: unknown }) => Promise<T>;

function restCaller({ base, token }: { base: string; token: string }): RestCaller {
  return async <T>({ method, path, body }: { method: string; path: string; body?: unknown }): Promise<T> => {
    const response = await fetch(`${base}${path}`, {
      method,
      headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
    });
    const answer: unknown = await response.json().catch(() => null);
    if (!response.ok) throw new Error(`${method} ${path} answered ${response.status}: ${JSON.stringify(answer)}`);
    return answer as T;
  };
}

interface StartStackInput {
  /** The portal app's folder (holding build/index.js). */
  portalDir: string;
  productId: string;
  /**
   * Sign-in with OpenID Connect instead of dev sign-in: a local provider on loopback with these
   * accounts, and the portal registered at it as the API's client.
   */
  oidcAccounts?: LocalAccount[];
}

/** Ended by itself (an exit code) or by a signal (the API stopped on purpose). */
const hasExited = (child: ChildProcess) => child.exitCode !== null || child.signalCode !== null;

async function waitForHttp({ url, child, logs }: { url: string; child: ChildProcess; logs: () => string }): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (hasExited(child)) throw new Error(`Process exited before answering ${url}:\n${logs()}`);
    try {
      const response = await fetch(url, { redirect: 'manual' });
      if (response.status < 500) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  throw new Error(`Timed out waiting for ${url}:\n${logs()}`);
}

function startNode({ script, cwd, env, output }: { script: string; cwd: string; env: NodeJS.ProcessEnv; output: string[] }): ChildProcess {
  if (!existsSync(join(cwd, script))) throw new Error(`${join(cwd, script)} is missing: build it first (pnpm build).`);
  const child = spawn(process.execPath, [script], { cwd, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
  child.stdout?.on('data', (chunk) => output.push(String(chunk)));
  child.stderr?.on('data', (chunk) => output.push(String(chunk)));
  return child;
}

function stopChild(child: ChildProcess): Promise<void> {
  if (hasExited(child)) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 5_000);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

export const E2E_PROVIDER_NAME = 'Local provider';

export async function startStack({ portalDir, productId, oidcAccounts }: StartStackInput): Promise<Stack> {
  const root = findRepoRoot({ from: portalDir });
  const [apiPort, portalPort] = [await findFreePort(), await findFreePort()];
  const apiBase = `http://127.0.0.1:${apiPort}`;
  const portalUrl = `http://127.0.0.1:${portalPort}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'loome-e2e-'));
  const platformToken = randomBytes(16).toString('hex');
  const output: string[] = [];
  const logs = () => output.join('').slice(-8_000);
  const client = { clientId: 'loome-e2e', clientSecret: randomBytes(16).toString('hex') };
  const provider = oidcAccounts
    ? await startLocalOidcProvider({
        accounts: oidcAccounts,
        clients: [{ ...client, redirectUris: [`${portalUrl}/sign-in/callback`], postLogoutRedirectUris: [`${portalUrl}/sign-in`] }],
      })
    : null;
  const signIn = provider
    ? {
        AUTH_MODE: 'oidc',
        OIDC_ISSUER: provider.issuer,
        OIDC_CLIENT_ID: client.clientId,
        OIDC_CLIENT_SECRET: client.clientSecret,
        OIDC_PROVIDER_NAME: E2E_PROVIDER_NAME,
      }
    : { AUTH_MODE: 'dev' };

  const launchApi = () =>
    startNode({
      script: 'dist/main.js',
      cwd: join(root, 'apps', 'api'),
      output,
      env: {
        PORT: String(apiPort),
        DATABASE_URL: `sqlite:${join(dataDir, 'loome.sqlite')}`,
        DEMO_DATA: '1',
        ...signIn,
        PLATFORM_ADMIN_TOKEN: platformToken,
        PORTAL_ORIGINS: portalUrl,
        // The API's name for it: upper case, dashes as underscores.
        [`PORTAL_URL_${productId.toUpperCase().replaceAll('-', '_')}`]: portalUrl,
        SMTP_URL: '',
      },
    });
  let api = launchApi();
  const children = [api];
  const stop = async () => {
    await Promise.all(children.map(stopChild));
    await provider?.close();
    rmSync(dataDir, { recursive: true, force: true });
  };
  const stopApi = () => stopChild(api);
  const startApi = async () => {
    if (!hasExited(api)) return;
    api = launchApi();
    children.push(api);
    await waitForHttp({ url: `${apiBase}/api/v1/products`, child: api, logs });
  };
  try {
    await waitForHttp({ url: `${apiBase}/api/v1/products`, child: api, logs });
    const portal = startNode({
      script: 'build/index.js',
      cwd: portalDir,
      output,
      env: { PORT: String(portalPort), HOST: '127.0.0.1', ORIGIN: portalUrl, API_URL: `${apiBase}/trpc` },
    });
    children.push(portal);
    await waitForHttp({ url: `${portalUrl}/sign-in`, child: portal, logs });
  } catch (error) {
    await stop();
    throw error;
  }

  const platform = restCaller({ base: apiBase, token: platformToken });
  const restAs = async ({ email }: { email: string }) => {
    const response = await fetch(`${apiBase}/api/v1/auth/dev-login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email }),
    });
    if (!response.ok) throw new Error(`dev-login answered ${response.status}`);
    const { token } = (await response.json()) as { token: string };
    return restCaller({ base: apiBase, token });
  };

  return { apiUrl: apiBase, portalUrl, platformToken, platform, restAs, logs, stopApi, startApi, stop };
}
