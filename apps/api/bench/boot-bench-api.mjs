import { randomBytes } from 'node:crypto';
import { readAppConfig } from '../dist/config/app-config.js';
import { createApp } from '../dist/create-app.js';

/** The built API on a random loopback port, logging off, against the given database. */
export async function bootBenchApi({ databaseUrl }) {
  const platformToken = `platform-${randomBytes(16).toString('hex')}`;
  const config = { ...readAppConfig({ env: {} }), databaseUrl, platformAdminToken: platformToken, authMode: 'dev' };
  const app = await createApp({ config, logger: false });
  await app.listen(0, '127.0.0.1');
  const { port } = app.getHttpServer().address();
  const baseUrl = `http://127.0.0.1:${port}`;
  return { app, baseUrl, platformToken, http: client({ baseUrl }), close: () => app.close() };
}

/** JSON over fetch; answers `{status, body}` and never throws on an HTTP error. */
function client({ baseUrl }) {
  return async function http({ method = 'GET', path, body, token, timeoutMs = 120_000 }) {
    const headers = token ? { authorization: `Bearer ${token}` } : {};
    if (body !== undefined) headers['content-type'] = 'application/json';
    const response = await fetch(`${baseUrl}${path}`, {
      method,
      headers,
      body: body === undefined ? undefined : JSON.stringify(body),
      signal: AbortSignal.timeout(timeoutMs),
    });
    const text = await response.text();
    let parsed = text;
    try {
      parsed = JSON.parse(text);
    } catch {
      // not JSON
    }
    return { status: response.status, body: parsed };
  };
}

/** An organization and a tenant of `product` with one signed-in administrator. */
export async function benchTenant({ api, product, admin = 'bench-admin@bench.test' }) {
  const org = await api.http({ method: 'POST', path: '/api/v1/organizations', token: api.platformToken, body: { name: 'Bench', userLookup: false, groupLookup: false } });
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
