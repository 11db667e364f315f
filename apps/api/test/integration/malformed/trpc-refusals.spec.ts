import { expect, it } from 'vitest';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import type { Scenario } from '../harness/scenario.js';

/** A call to /trpc as it goes on the wire, read back as the portal's client reads it. */
async function call(s: Scenario, path: string, init: { method?: string; token?: string; headers?: Record<string, string>; body?: string | Buffer } = {}) {
  const headers: Record<string, string> = { ...init.headers, ...(init.token ? { authorization: `Bearer ${init.token}` } : {}) };
  const response = await fetch(`${s.api.baseUrl}/trpc/${path}`, { method: init.method ?? 'GET', headers, body: init.body });
  const text = await response.text();
  return { status: response.status, contentType: response.headers.get('content-type'), body: JSON.parse(text) };
}

const json = { 'content-type': 'application/json' };
const input = (value: unknown) => encodeURIComponent(JSON.stringify(value));

async function projectNames(s: Scenario, tenantId: string, token: string): Promise<string[]> {
  const listed = await call(s, `projects.list?input=${input({ tenantId })}`, { token });
  return listed.body.result.data.items.map((project: { name: string }) => project.name);
}

describeOnEachDatabase('tRPC refusals', (get) => {
  it('SPEC Contract details "Strict input": a tRPC change whose body is not application/json (form data, raw bytes, no type) is 415 and changes nothing', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['trpc-type@x.test'] });
    const token = await s.signIn('trpc-type@x.test');
    const boundary = 'b';
    const bodies: [Record<string, string>, string | Buffer][] = [
      [
        { 'content-type': `multipart/form-data; boundary=${boundary}` },
        `--${boundary}\r\nContent-Disposition: form-data; name="x"\r\n\r\n1\r\n--${boundary}--\r\n`,
      ],
      [{ 'content-type': 'application/octet-stream' }, '{}'],
      [{}, Buffer.from('{}')],
    ];
    for (const [headers, body] of bodies) {
      // Signing out takes no input: tRPC would read form data or bytes as one and sign out.
      const answer = await call(s, 'auth.signOut', { method: 'POST', token, headers, body });
      expect({ status: answer.status, code: answer.body.error.data.problem.code }).toEqual({ status: 415, code: 'VALIDATION' });
    }
    expect((await call(s, `me.get?input=${input({ tenantId })}`, { token })).status).toBe(200);
  });

  it('SPEC §4 "bad input never changes state": a tRPC body past 1 MB is 413, and bytes that are not UTF-8 are 400, and nothing is stored', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['trpc-body@x.test'] });
    const token = await s.signIn('trpc-body@x.test');
    const padded = `${JSON.stringify({ tenantId, name: 'Padded' })}${' '.repeat(1_100_000)}`;
    const large = await call(s, 'projects.create', { method: 'POST', token, headers: json, body: padded });
    expect({ status: large.status, code: large.body.error.data.problem.code }).toEqual({ status: 413, code: 'VALIDATION' });
    const [before, after] = JSON.stringify({ tenantId, name: 'a<>b' }).split('<>') as [string, string];
    const latin1 = Buffer.concat([Buffer.from(before), Buffer.from([0xff, 0xfe]), Buffer.from(after)]);
    const undecodable = await call(s, 'projects.create', { method: 'POST', token, headers: json, body: latin1 });
    expect({ status: undecodable.status, code: undecodable.body.error.data.problem.code }).toEqual({ status: 400, code: 'VALIDATION' });
    expect(await projectNames(s, tenantId, token)).toEqual([]);
  });

  it('SPEC §4 "bad input never changes state": text with a lone surrogate, which neither database can store as sent, is VALIDATION on REST and tRPC', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['trpc-surrogate@x.test'] });
    const token = await s.signIn('trpc-surrogate@x.test');
    // JSON.stringify writes a lone surrogate as the escape `\ud800`, as an attacker's client would send it.
    const viaTrpc = await call(s, 'projects.create', { method: 'POST', token, headers: json, body: JSON.stringify({ tenantId, name: 'a\ud800b' }) });
    expect({ status: viaTrpc.status, code: viaTrpc.body.error.data.problem.code }).toEqual({ status: 400, code: 'VALIDATION' });
    const viaRest = await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: '\udfffc' }, { token });
    expect({ status: viaRest.status, code: viaRest.body.code }).toEqual({ status: 400, code: 'VALIDATION' });
    const key = await s.http.post(`/api/v1/tenants/${tenantId}/api-keys`, { description: 'key \ud83d' }, { token });
    expect(key.status).toBe(400);
    // A surrogate pair is text like any other.
    expect((await s.http.post(`/api/v1/tenants/${tenantId}/projects`, { name: 'Rocket 🚀' }, { token })).status).toBe(201);
    expect(await projectNames(s, tenantId, token)).toEqual(['Rocket 🚀']);
  });

  it('SPEC Contract details "Strict input": unknown fields to a tRPC procedure are refused, also to one that takes nothing', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['trpc-strict@x.test'] });
    const token = await s.signIn('trpc-strict@x.test');
    const preview = { tenantId, change: 'move-user', roleId: 'consumer', email: 'someone@x.test' };
    expect((await call(s, `previews.preview?input=${input(preview)}`, { token })).status).toBe(200);
    const unknown = await call(s, `previews.preview?input=${input({ ...preview, isAdmin: true })}`, { token });
    expect({ status: unknown.status, code: unknown.body.error.data.problem.code }).toEqual({ status: 400, code: 'VALIDATION' });
    for (const path of ['products.list', 'tenants.mine']) {
      expect((await call(s, path, { token })).status).toBe(200);
      expect((await call(s, `${path}?input=${input({ role: 'administrator' })}`, { token })).status).toBe(400);
    }
    const signOut = await call(s, 'auth.signOut', { method: 'POST', token, headers: json, body: JSON.stringify({ everywhere: true }) });
    expect(signOut.status).toBe(400);
    expect((await call(s, 'tenants.mine', { token })).status).toBe(200);
  });

  it('SPEC §4 "bad input never yields a 5xx": a streamed tRPC batch of a refused call answers 4xx, whole, not 200', async () => {
    const s = get();
    const tenantId = await s.tenant({ product: 'assist', administrators: ['trpc-stream@x.test'] });
    const token = await s.signIn('trpc-stream@x.test');
    for (const headers of [{ 'trpc-accept': 'application/jsonl' }, { accept: 'application/jsonl' }] as Record<string, string>[]) {
      const refused = await call(s, `projects.create?batch=1`, {
        method: 'POST',
        token,
        headers: { ...json, ...headers },
        body: JSON.stringify({ 0: { tenantId, name: 7 } }),
      });
      expect({ status: refused.status, code: refused.body[0].error.data.problem.code }).toEqual({ status: 400, code: 'VALIDATION' });
    }
    expect(await projectNames(s, tenantId, token)).toEqual([]);
  });

  it('SPEC §4 errors carry a stable code: every refusal tRPC makes itself is JSON with a problem agreeing with its status', async () => {
    const s = get();
    const refusals: [string, { method?: string; headers?: Record<string, string>; body?: string }, number, string][] = [
      ['products.list?input=%7B', {}, 400, 'VALIDATION'],
      ['products.list', { method: 'POST', headers: json, body: '{}' }, 405, 'VALIDATION'],
      ['auth.devLogin', {}, 405, 'VALIDATION'],
      ['nothing.here', {}, 404, 'NOT_FOUND'],
      ['products.list%', {}, 400, 'VALIDATION'],
      ['products.list?connectionParams=%7B', {}, 400, 'VALIDATION'],
      ['auth.devLogin', { method: 'POST', headers: { 'content-type': 'text/plain' }, body: '{}' }, 415, 'VALIDATION'],
      ['auth.devLogin,products.list?batch=1', { method: 'POST', headers: json, body: '{}' }, 400, 'VALIDATION'],
    ];
    for (const [path, init, status, code] of refusals) {
      const answer = await call(s, path, init);
      const error = Array.isArray(answer.body) ? answer.body[0].error : answer.body.error;
      expect({ path, status: answer.status, contentType: answer.contentType, problem: error.data.problem }).toEqual({
        path,
        status,
        contentType: 'application/json',
        problem: expect.objectContaining({ code, status }),
      });
    }
  });
});
