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

/**
 * A database as it stands some time after a bulk load, rather than in the middle of writing it
 * back: SQLite's write-ahead log copied into the file (as its automatic checkpoints do), and
 * PostgreSQL's new rows vacuumed and analysed (as autovacuum does: it plans from the statistics
 * a tenant that grew to that size has), so no read pays for the load's own write-back.
 */
export async function settleDatabase({ db }) {
  await db.run(db.kind === 'postgres' ? 'VACUUM ANALYZE' : 'PRAGMA wal_checkpoint(TRUNCATE)');
}
