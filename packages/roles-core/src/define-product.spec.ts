import { describe, expect, it } from 'vitest';
import { defineProduct, ProductDefinitionError } from './define-product.js';
import type { ProductDefinition } from './model/product-definition.js';
import { monitor } from './products/monitor.js';

type Loose = ProductDefinition<string, string, string, string>;

/** A working definition (Monitor's), changed by `change`, defined without the compile-time checks. */
function defineChanged(change: (definition: Loose) => void) {
  const { index: _index, ...definition } = structuredClone({ ...monitor, index: null });
  change(definition);
  return () => defineProduct(definition as unknown as Loose);
}

function errorOf(define: () => unknown): ProductDefinitionError {
  try {
    define();
  } catch (error) {
    if (error instanceof ProductDefinitionError) return error;
    throw error;
  }
  throw new Error('defined without error');
}

describe('defineProduct validation', () => {
  it.each([
    {
      case: 'unknown permission in a role',
      change: (d: Loose) => void Object.assign(d.applicationRoles.consumer, { permissions: ['results.veiw'] }),
      message: 'product "monitor": applicationRoles.consumer.permissions: unknown permission "results.veiw"',
    },
    {
      case: 'duplicate permission in a role',
      change: (d: Loose) => void Object.assign(d.projectRoles['member']!, { permissions: ['project.rules.run', 'project.rules.run'] }),
      message: 'product "monitor": projectRoles.member.permissions: duplicate permission "project.rules.run"',
    },
    {
      case: 'a permission id both tenant-wide and project',
      change: (d: Loose) => void ((d.projectPermissions as Record<string, string>)['rules.run'] = 'Run'),
      message: 'product "monitor": projectPermissions: duplicate permission id (already in permissions) "rules.run"',
    },
    {
      case: 'an empty tier',
      change: (d: Loose) => void Object.assign(d.applicationRoles['project-creator'], { permissions: [] }),
      message: 'product "monitor": applicationRoles.project-creator.permissions: empty tier: role has no permissions "project-creator"',
    },
    {
      case: 'a missing owner role',
      change: (d: Loose) => void (d.projectOwnerRole = 'proprietor'),
      message: 'product "monitor": projectOwnerRole: missing project role "proprietor"',
    },
    {
      case: 'a missing members permission',
      change: (d: Loose) => void (d.projectMembersPermission = 'project.people.manage'),
      message: 'product "monitor": projectMembersPermission: unknown project permission "project.people.manage"',
    },
    {
      case: 'an unknown project administration permission',
      change: (d: Loose) => void (d.projectAdministrationPermission = 'project.settings.manage'),
      message: 'product "monitor": projectAdministrationPermission: unknown project permission "project.settings.manage"',
    },
    {
      case: 'a project administration permission the owner lacks',
      change: (d: Loose) => {
        d.projectAdministrationPermission = 'project.rules.manage';
        Object.assign(d.projectRoles.owner!, { permissions: ['project.members.manage'] });
      },
      message: 'product "monitor": projectRoles.owner.permissions: owner role lacks the project administration permission "project.rules.manage"',
    },
    {
      case: 'a missing Limited Member role',
      change: (d: Loose) => void (d.limitedMembers = { ...d.limitedMembers!, projectRole: 'guest' }),
      message: 'product "monitor": limitedMembers.projectRole: missing project role "guest"',
    },
    {
      case: 'a cutoff that is not a date',
      change: (d: Loose) => void (d.apiKeyPolicy = { kind: 'administrator-before-cutoff', cutoff: '26/09/2023' }),
      message: 'product "monitor": apiKeyPolicy.cutoff: not an ISO date "26/09/2023"',
    },
    {
      case: 'an unknown user-management permission',
      change: (d: Loose) => void (d.userManagementPermission = 'people.manage'),
      message: 'product "monitor": userManagementPermission: unknown permission "people.manage"',
    },
  ])('names product, field and value: $case', ({ change, message }) => {
    const error = errorOf(defineChanged(change));
    expect(error.message).toBe(message);
  });

  it('names product, field and value: a legacy mapping to a missing project role', async () => {
    const { integrate } = await import('./products/integrate.js');
    const { index: _index, ...definition } = structuredClone({ ...integrate, index: null });
    (definition.legacy!.mapping['bi-user'] as { projectRole: string }).projectRole = 'viewer';
    const error = errorOf(() => defineProduct(definition as unknown as Loose));
    expect([error.product, error.field, error.value]).toEqual(['integrate', 'legacy.mapping.bi-user.projectRole', 'viewer']);
  });

  it('returns a frozen product whose roles are bitmasks over every permission', () => {
    expect(Object.isFrozen(monitor)).toBe(true);
    expect(Object.isFrozen(monitor.applicationRoles.consumer.permissions)).toBe(true);
    const bit = monitor.index.bitOf.get('results.view-edit')!;
    expect(monitor.index.applicationRoleMasks.consumer[bit >>> 5]! & (1 << (bit & 31))).not.toBe(0);
  });

  it('indexes more than 32 permissions across several words', () => {
    const ids = Array.from({ length: 40 }, (_, i) => `p${i}.do`);
    const permissions = Object.fromEntries(ids.map((id) => [id, id]));
    const role = { label: 'All', permissions: ids };
    const product = defineProduct({
      ...(structuredClone({ ...monitor, index: null }) as unknown as Loose),
      permissions,
      applicationRoles: { consumer: role, 'project-creator': role, administrator: role },
      userManagementPermission: 'p39.do',
      projectManagementPermission: 'p38.do',
      projectCreation: { permission: 'p37.do', restrictableToAdministrators: false },
      remoteAccessPermission: null,
      consumerScope: { kind: 'tenant' },
      limitedMembers: null,
    });
    expect(product.index.words).toBe(2);
    expect(product.index.applicationRoleMasks.administrator[1]).toBe(0xff);
  });
});
