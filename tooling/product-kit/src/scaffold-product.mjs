/** `pnpm new-product`: plan everything, refuse with every problem, or write it all. */
import { planScaffold } from './plan-scaffold.mjs';
import { writeAllOrNothing } from './write-all-or-nothing.mjs';

export function scaffoldProduct({ root, id, name, port }) {
  const plan = planScaffold({ root, id, name, port });
  if (!plan.ok) return plan;
  writeAllOrNothing({ root, writes: plan.writes });
  return { ok: true, product: plan.product, written: plan.writes.map((write) => write.path) };
}
