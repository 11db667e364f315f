/** A random product, a random tenant of it, and a random sequence of operations by random actors. */
import fc from 'fast-check';
import type { AnyProduct } from '../../src/define-product.js';
import type { Effect } from '../../src/model/effect.js';
import type { PlanResult } from '../../src/model/refusal.js';
import type { Actor, TenantState } from '../../src/model/tenant-state.js';
import { applyEffects } from '../../src/planners/index.js';
import { actorArbitrary, operationOf, PRODUCTS, tenantOf, type Operation } from './arbitraries.js';
import { runOperation } from './run-operation.js';

export interface Scenario {
  product: AnyProduct;
  state: TenantState;
  steps: { actor: Actor; operation: Operation }[];
}

export interface Step {
  before: TenantState;
  actor: Actor;
  operation: Operation;
  result: PlanResult<Effect>;
  after: TenantState;
}

// The product is drawn by id and carried as a non-enumerable field so counterexamples stay readable.
export const scenarioArbitrary: fc.Arbitrary<Scenario> = fc.constantFrom(...PRODUCTS).chain((product) =>
  fc.record({
    product: fc.constant(product).map((chosen) => withReadableOutput(chosen)),
    state: tenantOf(product),
    steps: fc.array(fc.record({ actor: actorArbitrary, operation: operationOf(product) }), { maxLength: 8 }),
  }),
);

function withReadableOutput(product: AnyProduct): AnyProduct {
  return Object.create(product, { toJSON: { value: () => product.id }, [fc.toStringMethod]: { value: () => `product(${product.id})` } }) as AnyProduct;
}

/** Plans each step against the state the previous ones left, applying only accepted plans. */
export function playScenario({ product, state, steps }: Scenario): Step[] {
  const played: Step[] = [];
  let current = state;
  for (const { actor, operation } of steps) {
    const result = runOperation({ product, state: current, actor, operation });
    const after = result.ok ? applyEffects({ state: current, effects: result.effects }) : current;
    played.push({ before: current, actor, operation, result, after });
    current = after;
  }
  return played;
}
