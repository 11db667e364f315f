import { integrate } from '@loome/roles-core';
import { DataSource } from 'typeorm';
const { benchTenant } = await import('./boot-bench-api.mjs');
const { seedApplicationGrants, seedProjectGrants, seedProjects, seedUsers } = await import('./seed.mjs');
const { withApi } = await import('./measures/with-api.mjs');
const kind = process.argv[2] ?? 'sqlite';
const users = 250_000;
await withApi({ kind, work: async ({ db, api }) => {
  const { tenantId } = await benchTenant({ api, product: 'integrate' });
  await seedUsers({ db, tag: 'big', count: users });
  await seedApplicationGrants({ db, tenantId, tag: 'big', count: users, roles: ['consumer', 'consumer', 'project-creator'] });
  await seedProjects({ db, tenantId, tag: 'big', count: 1_000 });
  await seedProjectGrants({ db, tenantId, tag: 'big', users, projects: 1_000, perUser: 3, roles: Object.keys(integrate.projectRoles) });
  const ds = api.app.get(DataSource);
  const p = kind === 'sqlite' ? (i) => '?' : (i) => `$${i}`;
  const qs = {
    app: `SELECT principal_id, kind, role FROM application_grants WHERE tenant_id = ${p(1)}`,
    pg: `SELECT project_id, principal_id, kind, role FROM project_grants WHERE tenant_id = ${p(1)}`,
    usersUnion: `SELECT u.id, u.email, u.name, u.first_signed_in_at FROM users u WHERE u.id IN (SELECT principal_id FROM application_grants WHERE tenant_id = ${p(1)} AND kind = 'user' UNION SELECT principal_id FROM project_grants WHERE tenant_id = ${p(1)} AND kind = 'user' UNION SELECT assignee_user_id FROM records WHERE tenant_id = ${p(1)} UNION SELECT user_id FROM legacy_grants WHERE tenant_id = ${p(1)})`,
    usersAll: `SELECT u.id, u.email, u.name, u.first_signed_in_at FROM users u`,
  };
  for (const round of [1, 2]) for (const [name, sql] of Object.entries(qs)) {
    const t = performance.now(); const rows = await ds.query(sql, kind === 'sqlite' ? Array((sql.match(/\?/g) ?? []).length).fill(tenantId) : [tenantId]); console.log(round, name, rows.length, (performance.now() - t).toFixed(0), 'ms');
  }
  const qr = ds.createQueryRunner(); const conn = await qr.connect();
  for (const round of [1, 2]) for (const [name, sql] of Object.entries(qs)) {
    const args = kind === 'sqlite' ? Array((sql.match(/\?/g) ?? []).length).fill(tenantId) : [tenantId];
    const t = performance.now();
    const rows = kind === 'sqlite' ? conn.prepare(sql).raw(true).all(...args) : (await conn.query({ text: sql, values: args, rowMode: 'array' })).rows;
    console.log('raw', round, name, rows.length, (performance.now() - t).toFixed(0), 'ms');
  }
  if (kind === 'sqlite') {
    const t = performance.now();
    const s = conn.prepare(`SELECT group_concat(principal_id || char(9) || project_id || char(9) || role || char(9) || kind, char(10)) FROM project_grants WHERE tenant_id = ?`).pluck().get(tenantId);
    const parts = s.split('\n'); let n = 0; for (const x of parts) { const [a,b,c,d] = x.split('\t'); n += a.length; }
    console.log('concat', s.length, parts.length, (performance.now() - t).toFixed(0), 'ms');
  }
  qr.release();
  if (kind === 'sqlite') {
    await ds.query('CREATE INDEX t1 ON project_grants (tenant_id, principal_id, project_id, role, kind)');
    await ds.query('CREATE INDEX t2 ON application_grants (tenant_id, principal_id, role, kind)');
  } else {
    await ds.query('CREATE INDEX t1 ON project_grants (tenant_id, principal_id) INCLUDE (project_id, role, kind)');
    await ds.query('CREATE INDEX t2 ON application_grants (tenant_id, principal_id) INCLUDE (role, kind)');
    await ds.query('VACUUM ANALYZE');
  }
  for (const round of [1, 2]) for (const [name, sql] of Object.entries(qs)) {
    const t = performance.now(); const rows = await ds.query(sql, kind === 'sqlite' ? Array((sql.match(/\?/g) ?? []).length).fill(tenantId) : [tenantId]); console.log('idx', round, name, rows.length, (performance.now() - t).toFixed(0), 'ms');
  }
  if (kind === 'sqlite') for (const sql of [qs.pg, qs.usersUnion]) console.log(await ds.query('EXPLAIN QUERY PLAN ' + sql, [tenantId]));
}});
process.exit(0);
