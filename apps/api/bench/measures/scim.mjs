import { integrate } from '@loome/roles-core';
import { seededUserEmail, seededUserId, seedUsers, settleDatabase } from '../seed.mjs';
import { elapsedMs, now, quantile } from '../stats.mjs';
import { anotherApiProcess } from './another-api-process.mjs';
import { withApi } from './with-api.mjs';

const PATCH_OP = 'urn:ietf:params:scim:api:messages:2.0:PatchOp';
const USER_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:User';
const GROUP_SCHEMA = 'urn:ietf:params:scim:schemas:core:2.0:Group';
const ROLE = 'consumer';
const PERMISSION = integrate.applicationRoles[ROLE].permissions[0];

function expectStatus({ answer, status, what }) {
  if (answer.status !== status) throw new Error(`${what} answered ${answer.status}: ${JSON.stringify(answer.body).slice(0, 200)}`);
}

/** `jobs` run with at most `inFlight` at once, as Entra's provisioning service keeps a few requests in flight. */
async function inPool({ jobs, inFlight }) {
  let next = 0;
  const results = new Array(jobs.length);
  await Promise.all(
    Array.from({ length: inFlight }, async () => {
      while (next < jobs.length) {
        const index = next++;
        results[index] = await jobs[index]();
      }
    }),
  );
  return results;
}

/** An organization with one Integrate tenant, its administrator's session and a SCIM token. */
async function scimOrganization({ api }) {
  const org = await api.http({
    method: 'POST',
    path: '/api/v1/organizations',
    token: api.platformToken,
    body: { name: 'Bench SCIM', userLookup: true, groupLookup: true },
  });
  expectStatus({ answer: org, status: 201, what: 'creating the organization' });
  const admin = 'scim-admin@bench.test';
  const tenant = await api.http({
    method: 'POST',
    path: '/api/v1/tenants',
    token: api.platformToken,
    body: { product: 'integrate', name: 'Bench SCIM', organizationId: org.body.id, administrators: [admin] },
  });
  expectStatus({ answer: tenant, status: 201, what: 'creating the tenant' });
  const login = await api.http({ method: 'POST', path: '/api/v1/auth/dev-login', body: { email: admin } });
  const scimToken = await api.http({
    method: 'POST',
    path: `/api/v1/organizations/${org.body.id}/scim-tokens`,
    token: api.platformToken,
    body: { description: 'bench' },
  });
  expectStatus({ answer: scimToken, status: 201, what: 'creating the SCIM token' });
  const base = `/scim/v2/organizations/${org.body.id}`;
  const scim = ({ method, path, body }) => api.http({ method, path: `${base}${path}`, token: scimToken.body.token, body });
  return { organizationId: org.body.id, tenantId: tenant.body.id, adminToken: login.body.token, scim };
}

/**
 * Provisioning over SCIM as Entra does it: one user a request, then the groups, then the members in
 * PATCHes of up to `perPatch`, `inFlight` requests at once. The tenant grants every group a role
 * before the members arrive, so each membership PATCH is a recorded tenant change.
 */
export async function measureScimProvisioning({ kind, users, groups, memberships, perPatch, inFlight }) {
  return withApi({
    kind,
    work: async ({ api }) => {
      const { tenantId, adminToken, scim } = await scimOrganization({ api });
      const started = now();
      const userIds = await inPool({
        inFlight,
        jobs: Array.from({ length: users }, (_, n) => async () => {
          const userName = `scim-${String(n).padStart(6, '0')}@bench.test`;
          const answer = await scim({
            method: 'POST',
            path: '/Users',
            body: {
              schemas: [USER_SCHEMA],
              userName,
              externalId: `ext-${n}`,
              displayName: `User ${n}`,
              active: true,
              name: { givenName: 'User', familyName: String(n) },
            },
          });
          expectStatus({ answer, status: 201, what: `creating user ${n}` });
          return answer.body.id;
        }),
      });
      const usersMs = elapsedMs({ since: started });
      const groupsStarted = now();
      const groupIds = await inPool({
        inFlight,
        jobs: Array.from({ length: groups }, (_, g) => async () => {
          const answer = await scim({
            method: 'POST',
            path: '/Groups',
            body: { schemas: [GROUP_SCHEMA], displayName: `Group ${g}`, externalId: `ext-g-${g}` },
          });
          expectStatus({ answer, status: 201, what: `creating group ${g}` });
          return answer.body.id;
        }),
      });
      const groupsMs = elapsedMs({ since: groupsStarted });
      for (let at = 0; at < groupIds.length; at += 100) {
        const granted = await api.http({
          method: 'POST',
          path: `/api/v1/tenants/${tenantId}/roles/${ROLE}/members`,
          token: adminToken,
          body: { kind: 'group', groupIds: groupIds.slice(at, at + 100) },
        });
        expectStatus({ answer: granted, status: 201, what: 'granting the groups a role' });
      }
      const perGroup = Math.ceil(memberships / groups);
      const patches = [];
      for (let g = 0; g < groups; g++) {
        const members = Array.from({ length: perGroup }, (_, k) => userIds[(g * perGroup + k) % users]);
        for (let at = 0; at < members.length; at += perPatch) patches.push({ g, value: members.slice(at, at + perPatch).map((value) => ({ value })) });
      }
      const membersStarted = now();
      await inPool({
        inFlight,
        jobs: patches.map(({ g, value }) => async () => {
          const answer = await scim({
            method: 'PATCH',
            path: `/Groups/${groupIds[g]}`,
            body: { schemas: [PATCH_OP], Operations: [{ op: 'Add', path: 'members', value }] },
          });
          expectStatus({ answer, status: 204, what: `adding members to group ${g}` });
        }),
      });
      const membersMs = elapsedMs({ since: membersStarted });
      const probe = await api.http({
        method: 'POST',
        path: `/api/v1/tenants/${tenantId}/check`,
        token: adminToken,
        body: { email: 'scim-000000@bench.test', permission: PERMISSION },
      });
      return {
        ms: elapsedMs({ since: started }) - 0,
        usersMs,
        groupsMs,
        membersMs,
        requests: users + groups + patches.length,
        patches: patches.length,
        probeAllowed: probe.body?.allowed === true,
      };
    },
  });
}

const SEED_TAG = 'd';

/**
 * A group-membership PATCH on an organization of `memberships` memberships (seeded with bulk SQL:
 * `users` directory users in `groups` groups), each followed by `check` on another API process.
 * PostgreSQL only (the SQL is PostgreSQL's; SQLite is one process).
 */
export async function measureScimPatchAtScale({ kind, memberships, groups, repetitions }) {
  return withApi({
    kind,
    work: async ({ db, api }) => {
      const { organizationId, tenantId, adminToken, scim } = await scimOrganization({ api });
      const seedStarted = now();
      const perGroup = Math.round(memberships / groups);
      const users = Math.max(perGroup * 2, Math.round(memberships / 20));
      await seedUsers({ db, tag: SEED_TAG, count: users });
      await db.run(
        `INSERT INTO directory_users (organization_id, email, name, guest, scim_id, active, deprovisioned, user_name)
         SELECT '${organizationId}', email, name, false, id, true, false, email FROM users WHERE id LIKE '${SEED_TAG}-u-%'`,
      );
      await db.run(
        `INSERT INTO directory_groups (organization_id, id, name, email, member_emails, external_id)
         SELECT '${organizationId}', 'g-' || lpad(g::text, 5, '0'), 'Group ' || g, NULL,
           (SELECT json_agg('${SEED_TAG}-' || lpad(((g * ${perGroup} + k) % ${users})::text, 7, '0') || '@bench.test') FROM generate_series(0, ${perGroup - 1}) AS k)::text, NULL
         FROM generate_series(0, ${groups - 1}) AS g`,
      );
      await settleDatabase({ db });
      const seedMs = elapsedMs({ since: seedStarted });
      const group = 'g-00000';
      const granted = await api.http({
        method: 'POST',
        path: `/api/v1/tenants/${tenantId}/roles/${ROLE}/members`,
        token: adminToken,
        body: { kind: 'group', groupIds: [group] },
      });
      expectStatus({ answer: granted, status: 201, what: 'granting the group a role' });
      const other = await anotherApiProcess({ kind, api, databaseUrl: db.url });
      try {
        // Users outside group 0 (it holds users 0 … perGroup-1): each PATCH adds one, the next removes them.
        const userOf = (n) => perGroup + (n % (users - perGroup));
        const check = (n) =>
          other.http({
            method: 'POST',
            path: `/api/v1/tenants/${tenantId}/check`,
            token: adminToken,
            body: { email: seededUserEmail({ tag: SEED_TAG, n: userOf(n) }), permission: PERMISSION },
          });
        expectStatus({ answer: await check(0), status: 200, what: 'the first check' });
        const times = [];
        const checks = [];
        let stale = 0;
        for (let n = 0; n < repetitions; n++) {
          const value = seededUserId({ tag: SEED_TAG, n: userOf(n) });
          for (const [op, body, expected] of [
            ['add', { op: 'Add', path: 'members', value: [{ value }] }, true],
            ['remove', { op: 'Remove', path: `members[value eq "${value}"]` }, false],
          ]) {
            const started = now();
            const answer = await scim({ method: 'PATCH', path: `/Groups/${group}`, body: { schemas: [PATCH_OP], Operations: [body] } });
            times.push(elapsedMs({ since: started }));
            expectStatus({ answer, status: 204, what: `${op} a member` });
            const checkStarted = now();
            const seen = await check(n);
            checks.push(elapsedMs({ since: checkStarted }));
            if (seen.body?.allowed !== expected) stale += 1;
          }
        }
        return {
          memberships: perGroup * groups,
          users,
          groups,
          perGroup,
          seedMs,
          p50: quantile({ values: times, q: 0.5 }),
          p95: quantile({ values: times, q: 0.95 }),
          checkP50: quantile({ values: checks, q: 0.5 }),
          patches: times.length,
          stale,
          separate: other.separate,
        };
      } finally {
        await other.stop();
      }
    },
  });
}
