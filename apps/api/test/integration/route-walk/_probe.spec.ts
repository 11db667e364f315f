import { it } from 'vitest';
import { listProcedures } from '../../../src/common/routes/route-registry.js';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import { listRoutes } from '../../../src/common/routes/route-registry.js';
describeOnEachDatabase('probe', (get) => {
  it('lists', () => {
    const s = get();
    for (const r of listRoutes({ app: s.api.app })) console.log(r.method, r.path, JSON.stringify(r.access), r.body ? 'B' : '', r.query ? 'Q' : '');
    for (const p of listProcedures()) console.log(p.type, p.path, JSON.stringify(p.access));
  });
});
