import fc from 'fast-check';
import type { AnyProduct } from '@loome/roles-core';
import { runOp, type OpData } from './model-ops.js';
import { verifyWorld } from './model-verify.js';
import type { ModelWorld } from './model-world.js';

/** One operation as a fast-check command; its text is the line a replay test needs. */
export class OpCommand implements fc.AsyncCommand<ModelWorld, ModelWorld> {
  constructor(readonly data: OpData) {}
  check(): true {
    return true;
  }
  async run(_model: ModelWorld, world: ModelWorld): Promise<void> {
    const result = await runOp(world, this.data);
    if (result === 'no-op') return;
    const { expected, actual } = result;
    world.trace.push(`${this.data.op} ${actual.status} ${actual.code ?? ''}`);
    if (expected.status !== actual.status || expected.code !== actual.code) {
      throw new Error(`${this.toString()}: the model answers ${JSON.stringify(expected)}, the API ${JSON.stringify(actual)}`);
    }
    await verifyWorld(world, { auditEffects: result.auditEffects, step: this.toString() });
  }
  toString(): string {
    return `op(${JSON.stringify(this.data)})`;
  }
}

export const op = (data: OpData) => new OpCommand(data);

const index = fc.nat({ max: 20 });
const user = fc.nat({ max: 5 });
// The tenant's first administrator (and whoever signed in first) acts most, so changes get past the gates.
const actor = fc.oneof({ arbitrary: fc.constant(0), weight: 3 }, { arbitrary: index, weight: 2 });

/** The operations of SPEC §4 a tenant of `product` takes, weighted towards member changes. */
export function opArbitrary(product: AnyProduct): fc.Arbitrary<OpData> {
  const common: fc.WeightedArbitrary<OpData>[] = [
    { weight: 3, arbitrary: fc.record({ op: fc.constant('signIn' as const), user }) },
    {
      weight: 5,
      arbitrary: fc.record({
        op: fc.constant('addUsers' as const),
        actor,
        role: index,
        // One entry in eight is not an address (R2: nothing is added and the answer is VALIDATION).
        entries: fc.array(fc.record({ user, upper: fc.boolean(), bad: fc.nat({ max: 7 }).map((n) => n === 0) }), { minLength: 1, maxLength: 3 }),
        spaced: fc.boolean(),
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('addGroups' as const), actor, role: index, groups: fc.array(index, { minLength: 1, maxLength: 2 }) }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('addKeys' as const), actor, role: index, keys: fc.array(index, { minLength: 1, maxLength: 2 }) }) },
    { weight: 4, arbitrary: fc.record({ op: fc.constant('removeAppMember' as const), actor, role: index, target: index }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('createKey' as const), actor }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteKey' as const), actor, key: index }) },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('createProject' as const), actor }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('renameProject' as const), actor, project: index, taken: fc.boolean() }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('deleteProject' as const), actor, project: index }) },
    {
      weight: 4,
      arbitrary: fc.record({
        op: fc.constant('addProjectMembers' as const),
        actor,
        project: index,
        role: index,
        kind: fc.constantFrom('user' as const, 'group' as const, 'apiKey' as const),
        pick: index,
      }),
    },
    { weight: 2, arbitrary: fc.record({ op: fc.constant('removeProjectMember' as const), actor, project: index, target: index }) },
    { weight: 1, arbitrary: fc.record({ op: fc.constant('settings' as const), actor, restricted: fc.boolean() }) },
    {
      weight: 1,
      arbitrary: fc.record({ op: fc.constant('directory' as const), members: fc.tuple(fc.array(user, { maxLength: 3 }), fc.array(user, { maxLength: 3 })) }),
    },
  ];
  const references: fc.WeightedArbitrary<OpData>[] = product.limitedMembers
    ? [
        {
          weight: 3,
          arbitrary: fc.record({
            op: fc.constant('createRecord' as const),
            actor,
            project: index,
            assignee: fc.option(user, { nil: null }),
            rule: fc.option(index, { nil: null }),
          }),
        },
        { weight: 3, arbitrary: fc.record({ op: fc.constant('assignRecord' as const), actor, record: index, assignee: fc.option(user, { nil: null }) }) },
        {
          weight: 2,
          arbitrary: fc.record({ op: fc.constant('createRule' as const), actor, project: index, recipients: fc.array(user, { minLength: 1, maxLength: 2 }) }),
        },
        { weight: 2, arbitrary: fc.record({ op: fc.constant('deleteRule' as const), actor, rule: index }) },
      ]
    : [];
  const notifications: fc.WeightedArbitrary<OpData>[] = product.projectNotifications
    ? [
        {
          weight: 3,
          arbitrary: fc.record({ op: fc.constant('notify' as const), actor, project: index, users: fc.array(user, { minLength: 1, maxLength: 2 }) }),
        },
      ]
    : [];
  return fc.oneof(...common, ...references, ...notifications);
}

/**
 * A sequence of at least `minLength` operations. fast-check's `fc.commands` has no minimum length,
 * so sequences are arrays of commands run by `fc.asyncModelRun`; a failing one is shrunk again
 * from length 1 up (see `shrinkFailure`).
 */
export function sequenceArbitrary(product: AnyProduct, { minLength, maxLength }: { minLength: number; maxLength: number }) {
  return fc.array(opArbitrary(product), { minLength, maxLength });
}
