import { integrate } from '@loome/roles-core';
import { hashSecret } from '../dist/common/crypto/secrets.js';

/**
 * Bulk rows written straight into the API's tables with one INSERT … SELECT each, far faster than
 * the HTTP API: users `${tag}-u-NNNNNNN`, signed in, named `Member NNNNNNN`.
 */
const DIALECTS = {
  sqlite: {
    rows: ({ count, name }) => `(WITH RECURSIVE s(n) AS (SELECT 0 UNION ALL SELECT n + 1 FROM s WHERE n + 1 < ${count}) SELECT n FROM s) AS ${name}`,
    pad: (expr) => `printf('%07d', ${expr})`,
  },
  postgres: {
    rows: ({ count, name }) => `(SELECT generate_series(0, ${count - 1}) AS n) AS ${name}`,
    pad: (expr) => `lpad((${expr})::text, 7, '0')`,
  },
};

const NOW = new Date().toISOString();

function quote(value) {
  return `'${String(value).replaceAll("'", "''")}'`;
}

function userId({ d, tag, expr }) {
  return `${quote(`${tag}-u-`)} || ${d.pad(expr)}`;
}

export async function seedUsers({ db, tag, count }) {
  const d = DIALECTS[db.kind];
  await db.run(
    `INSERT INTO users (id, email, name, first_signed_in_at, created_at)
     SELECT ${userId({ d, tag, expr: 'u.n' })}, ${quote(`${tag}-`)} || ${d.pad('u.n')} || '@bench.test', 'Member ' || ${d.pad('u.n')}, ${quote(NOW)}, ${quote(NOW)}
     FROM ${d.rows({ count, name: 'u' })}`,
  );
}

/** One application role per user; `roles` are dealt out in turn. */
export async function seedApplicationGrants({ db, tenantId, tag, count, roles }) {
  const d = DIALECTS[db.kind];
  const role = `CASE ${roles.map((r, i) => `WHEN u.n % ${roles.length} = ${i} THEN ${quote(r)}`).join(' ')} END`;
  await db.run(
    `INSERT INTO application_grants (tenant_id, role, principal_id, kind, granted_at)
     SELECT ${quote(tenantId)}, ${role}, ${userId({ d, tag, expr: 'u.n' })}, 'user', ${quote(NOW)}
     FROM ${d.rows({ count, name: 'u' })}`,
  );
}

export async function seedProjects({ db, tenantId, tag, count }) {
  const d = DIALECTS[db.kind];
  await db.run(
    `INSERT INTO projects (id, tenant_id, name, department_id, created_at)
     SELECT ${quote(`${tag}-p-`)} || ${d.pad('p.n')}, ${quote(tenantId)}, 'Project ' || ${d.pad('p.n')}, NULL, ${quote(NOW)}
     FROM ${d.rows({ count, name: 'p' })}`,
  );
  return Array.from({ length: count }, (_, n) => `${tag}-p-${String(n).padStart(7, '0')}`);
}

/** `perUser` distinct projects for each of `users` users, with the project `roles` dealt out in turn. */
export async function seedProjectGrants({ db, tenantId, tag, users, projects, perUser, roles }) {
  const d = DIALECTS[db.kind];
  const step = Math.max(1, Math.floor(projects / perUser));
  const project = `${quote(`${tag}-p-`)} || ${d.pad(`(u.n + k.n * ${step}) % ${projects}`)}`;
  const role = `CASE ${roles.map((r, i) => `WHEN (u.n + k.n) % ${roles.length} = ${i} THEN ${quote(r)}`).join(' ')} END`;
  await db.run(
    `INSERT INTO project_grants (project_id, role, principal_id, tenant_id, kind, granted_at)
     SELECT ${project}, ${role}, ${userId({ d, tag, expr: 'u.n' })}, ${quote(tenantId)}, 'user', ${quote(NOW)}
     FROM ${d.rows({ count: users, name: 'u' })}, ${d.rows({ count: perUser, name: 'k' })}`,
  );
}

export function seededUserId({ tag, n }) {
  return `${tag}-u-${String(n).padStart(7, '0')}`;
}

export function seededUserEmail({ tag, n }) {
  return `${tag}-${String(n).padStart(7, '0')}@bench.test`;
}

/**
 * The bench's large tenant of `memberships` memberships: a quarter as many users, each with one
 * application role and three project roles across up to 1,000 projects.
 */
export async function seedMembershipTenant({ db, tenantId, tag, memberships }) {
  const projectsPerUser = 3;
  const users = Math.max(1, Math.round(memberships / (1 + projectsPerUser)));
  const projects = Math.max(projectsPerUser, Math.min(1_000, users));
  await seedUsers({ db, tag, count: users });
  await seedApplicationGrants({ db, tenantId, tag, count: users, roles: ['consumer', 'consumer', 'project-creator'] });
  await seedProjects({ db, tenantId, tag, count: projects });
  await seedProjectGrants({ db, tenantId, tag, users, projects, perUser: projectsPerUser, roles: Object.keys(integrate.projectRoles) });
  return { users, projects };
}

export function smallTenantId({ tag, n }) {
  return `${tag}-t-${String(n).padStart(7, '0')}`;
}

export function smallOrganizationId({ tag, n }) {
  return `${tag}-o-${String(n).padStart(7, '0')}`;
}

/** The id of the directory group each small tenant grants its consumer role to. */
export const SMALL_TENANT_GROUP = 'team';

/**
 * `tenants` Integrate tenants of `members` users each, each in its own organization: user
 * `n` belongs to tenant `n / members`, the first of each tenant is its administrator and the
 * others consumers, and the consumer role is also granted to the organization's directory group
 * `team`, so a directory change decides something in the tenant.
 */
export async function seedSmallTenants({ db, tag, tenants, members }) {
  const d = DIALECTS[db.kind];
  const tenant = (expr) => `${quote(`${tag}-t-`)} || ${d.pad(expr)}`;
  const organization = (expr) => `${quote(`${tag}-o-`)} || ${d.pad(expr)}`;
  await db.run(
    `INSERT INTO organizations (id, name, user_lookup, group_lookup)
     SELECT ${organization('t.n')}, 'Small ' || ${d.pad('t.n')}, FALSE, FALSE FROM ${d.rows({ count: tenants, name: 't' })}`,
  );
  await db.run(
    `INSERT INTO directory_groups (organization_id, id, name, email, member_emails)
     SELECT ${organization('t.n')}, ${quote(SMALL_TENANT_GROUP)}, 'Team', NULL, '[]' FROM ${d.rows({ count: tenants, name: 't' })}`,
  );
  await db.run(
    `INSERT INTO tenants (id, product_id, name, organization_id, role_model, settings, created_at)
     SELECT ${tenant('t.n')}, 'integrate', 'Small ' || ${d.pad('t.n')}, ${organization('t.n')}, 'current', ${quote(JSON.stringify({ projectCreation: 'project-creators' }))}, ${quote(NOW)}
     FROM ${d.rows({ count: tenants, name: 't' })}`,
  );
  await seedUsers({ db, tag, count: tenants * members });
  await db.run(
    `INSERT INTO application_grants (tenant_id, role, principal_id, kind, granted_at)
     SELECT ${tenant(`u.n / ${members}`)}, CASE WHEN u.n % ${members} = 0 THEN 'administrator' ELSE 'consumer' END, ${userId({ d, tag, expr: 'u.n' })}, 'user', ${quote(NOW)}
     FROM ${d.rows({ count: tenants * members, name: 'u' })}`,
  );
  await db.run(
    `INSERT INTO application_grants (tenant_id, role, principal_id, kind, granted_at)
     SELECT ${tenant('t.n')}, 'consumer', ${quote(SMALL_TENANT_GROUP)}, 'group', ${quote(NOW)} FROM ${d.rows({ count: tenants, name: 't' })}`,
  );
}

/** Signed-in sessions written straight in, `{token, userId}` each: the API finds them by their hash. */
export async function seedSessions({ db, sessions }) {
  const createdAt = new Date();
  const expiresAt = new Date(createdAt.getTime() + 86_400_000).toISOString();
  for (let start = 0; start < sessions.length; start += 1_000) {
    const values = sessions
      .slice(start, start + 1_000)
      .map(({ token, userId: id }) => `(${quote(hashSecret({ secret: token }))}, ${quote(id)}, ${quote(createdAt.toISOString())}, ${quote(expiresAt)})`);
    await db.run(`INSERT INTO sessions (token_hash, user_id, created_at, expires_at) VALUES ${values.join(', ')}`);
  }
}

/**
 * A database as it stands some time after a bulk load, rather than in the middle of writing it
 * back: SQLite's write-ahead log copied into the file (as its automatic checkpoints do), and
 * PostgreSQL's new rows vacuumed and analysed (as autovacuum does: it plans from the statistics
 * a tenant that grew to that size has), so no read pays for the load's own write-back.
 */
export async function settleDatabase({ db }) {
  await db.run(db.kind === 'postgres' ? 'VACUUM ANALYZE' : 'PRAGMA wal_checkpoint(TRUNCATE)');
}
