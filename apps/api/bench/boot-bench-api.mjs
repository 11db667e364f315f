import { fork } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import http from 'node:http';
import { fileURLToPath } from 'node:url';
import { readAppConfig } from '../dist/config/app-config.js';
import { createApp } from '../dist/create-app.js';

/**
 * The settings of the bench's environment every API it starts is given: the tenant cache's
 * memory budget, when the run sets one.
 */
export function benchApiEnv() {
  return process.env.TENANT_CACHE_MB ? { TENANT_CACHE_MB: process.env.TENANT_CACHE_MB } : {};
}

/**
 * The built API on a random loopback port, logging off, against the given database. `env` holds
 * settings read as the process environment would be; dev sign-in is on.
 */
export async function bootBenchApi({ databaseUrl, env = benchApiEnv(), platformToken = `platform-${randomBytes(16).toString('hex')}` }) {
  const config = { ...readAppConfig({ env }), databaseUrl, platformAdminToken: platformToken, authMode: 'dev' };
  const app = await createApp({ config, logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${port}`;
  return { app, baseUrl, platformToken, http: jsonClient({ baseUrl }), close: () => app.close() };
}

/**
 * The same API booted in a child process of its own, so that its memory is its own and not the
 * bench's: `memory({collect})` answers the child's `process.memoryUsage()`, after a full garbage
 * collection when `collect` (what it retains rather than what it has not swept yet);
 * `forgetTenant({tenantId})` drops what it holds of a tenant seeded behind its back.
 */
export async function startBenchApiProcess({ databaseUrl, env = benchApiEnv() }) {
  const child = fork(fileURLToPath(new URL('./api-process.mjs', import.meta.url)), {
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
    execArgv: ['--expose-gc'],
  });
  const replies = new Map();
  let asked = 0;
  const ready = new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the API process exited with ${code} before it listened`)));
    child.on('message', (message) => {
      if (message.type === 'listening') resolve(message);
      else if (message.type === 'failed') reject(new Error(message.error));
      else replies.get(message.id)?.(message.value);
    });
  });
  child.send({ type: 'boot', databaseUrl, env });
  const { baseUrl, platformToken } = await ready;
  const ask = (question) =>
    new Promise((resolve) => {
      const id = ++asked;
      replies.set(id, (value) => {
        replies.delete(id);
        resolve(value);
      });
      child.send({ ...question, id });
    });
  return {
    baseUrl,
    platformToken,
    http: jsonClient({ baseUrl }),
    memory: ({ collect = false } = {}) => ask({ type: 'memory', collect }),
    forgetTenant: ({ tenantId }) => ask({ type: 'forget', tenantId }),
    close: () =>
      new Promise((resolve) => {
        child.once('exit', resolve);
        child.send({ type: 'close' });
      }),
  };
}

/**
 * JSON over keep-alive `node:http`; answers `{status, body}` and never throws on an HTTP error.
 * Not `fetch`: it adds 0.3–1 ms a request on this machine, a large share of a 2 ms figure.
 */
export function jsonClient({ baseUrl }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 16 });
  return function request(input, retried = false) {
    const { method = 'GET', path, body, token, timeoutMs = 120_000 } = input;
    const headers = token ? { authorization: `Bearer ${token}` } : {};
    const payload = body === undefined ? undefined : JSON.stringify(body);
    if (payload !== undefined) Object.assign(headers, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(payload) });
    return new Promise((resolve, reject) => {
      const outgoing = http.request(`${baseUrl}${path}`, { method, headers, agent, signal: AbortSignal.timeout(timeoutMs) }, (response) => {
        const chunks = [];
        response.on('data', (chunk) => chunks.push(chunk));
        response.on('error', reject);
        response.on('end', () => {
          const text = Buffer.concat(chunks).toString('utf8');
          let parsed = text;
          try {
            parsed = JSON.parse(text);
          } catch {
            // not JSON
          }
          resolve({ status: response.statusCode, body: parsed });
        });
      });
      // A kept-alive socket the server closed while it sat idle (after a long seeding, say) fails on
      // reuse; Node's documented answer is to send the request once more on a fresh socket.
      outgoing.on('error', (error) =>
        outgoing.reusedSocket && error.code === 'ECONNRESET' && !retried ? request(input, true).then(resolve, reject) : reject(error),
      );
      outgoing.end(payload);
    });
  };
}

/** An organization and a tenant of `product` with one signed-in administrator. */
export async function benchTenant({ api, product, admin = 'bench-admin@bench.test' }) {
  const org = await api.http({
    method: 'POST',
    path: '/api/v1/organizations',
    token: api.platformToken,
    body: { name: 'Bench', userLookup: false, groupLookup: false },
  });
  if (org.status !== 201) throw new Error(`creating the organization answered ${org.status}: ${JSON.stringify(org.body)}`);
  const tenant = await api.http({
    method: 'POST',
    path: '/api/v1/tenants',
    token: api.platformToken,
    body: { product, name: `Bench ${product}`, organizationId: org.body.id, administrators: [admin] },
  });
  if (tenant.status !== 201) throw new Error(`creating the tenant answered ${tenant.status}: ${JSON.stringify(tenant.body)}`);
  const login = await api.http({ method: 'POST', path: '/api/v1/auth/dev-login', body: { email: admin } });
  return { tenantId: tenant.body.id, token: login.body.token, adminId: login.body.userId };
}
