import { afterAll, beforeAll, expect, it } from 'vitest';
import { describeAccess } from '../../../src/auth/access.js';
import { listProcedures, listRoutes } from '../../../src/common/routes/route-registry.js';
import { bootApi, type BootedApi } from '../harness/boot-api.js';

const HEADER = [
  "# Every endpoint's declared access, read from the running app's route registry and tRPC router.",
  '# A change in this file is a permission change: review it as one (update with `vitest run -u`).',
];

let api: BootedApi;
beforeAll(async () => {
  api = await bootApi({ database: 'sqlite' });
});
afterAll(async () => {
  await api?.close();
});

it('R9: every endpoint declares the access recorded in declared-access.txt', async () => {
  const access = (declared: Parameters<typeof describeAccess>[0]['access'] | null) => (declared ? describeAccess({ access: declared }) : 'closed');
  const rows = [
    ...listRoutes({ app: api.app }).map((route) => ['rest', route.method, route.path, access(route.access)]),
    ...listProcedures().map((procedure) => ['trpc', procedure.type, procedure.path, access(procedure.access)]),
  ];
  const widths = [0, 1, 2].map((column) => Math.max(...rows.map((row) => row[column]!.length)));
  const lines = rows.map((row) => row.map((cell, column) => (column < 3 ? cell.padEnd(widths[column]!) : cell)).join('  '));
  await expect([...HEADER, ...lines, ''].join('\n')).toMatchFileSnapshot('./declared-access.txt');
});
