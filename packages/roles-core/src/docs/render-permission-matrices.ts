/**
 * Every product's permission matrices as markdown, rendered from the configurations
 * themselves: docs/permissions.md is this output, so the docs cannot drift from the code.
 */
import type { AnyProduct } from '../define-product.js';
import { APPLICATION_ROLE_IDS, LEGACY_ROLE_IDS } from '../model/product-definition.js';
import type { ApiKeyPolicy, RoleDefinition } from '../model/product-definition.js';

export function renderPermissionMatrices({ products }: { products: readonly AnyProduct[] }): string {
  const intro = [
    '# Permission matrices',
    '',
    '<!-- Generated from the product configurations in packages/roles-core: run `pnpm docs:permissions` after changing one. -->',
    '',
    "`✔` held · `✔*` held only inside the consumer's or Limited Member's scope (R19, R17) · blank not held.",
  ];
  return [...intro, ...products.flatMap((product) => renderProduct({ product }))].join('\n') + '\n';
}

function renderProduct({ product }: { product: AnyProduct }): string[] {
  const scoped = new Set<string>(product.consumerScope.kind === 'tenant' ? [] : product.consumerScope.scopedPermissions);
  const applicationRoles = APPLICATION_ROLE_IDS.map((id) => ({
    id,
    role: product.applicationRoles[id],
    scoped: id === 'consumer' ? scoped : new Set<string>(),
  }));
  const limitedRole = product.limitedMembers?.projectRole;
  const projectRoles = Object.entries(product.projectRoles).map(([id, role]) => ({
    id,
    role,
    scoped: new Set<string>(id === limitedRole ? role.permissions : []),
  }));
  return [
    '',
    `## ${product.name} (\`${product.id}\`)`,
    '',
    ...renderSettings({ product }),
    '',
    '### Application roles',
    '',
    ...renderTable({ labels: product.permissions, roles: applicationRoles }),
    '',
    '### Project roles',
    '',
    ...renderTable({ labels: product.projectPermissions, roles: projectRoles }),
    ...renderLegacy({ product }),
  ];
}

function renderSettings({ product }: { product: AnyProduct }): string[] {
  const notAssignable = Object.entries(product.projectRoles)
    .filter(([, role]) => !role.assignable)
    .map(([id]) => `\`${id}\``);
  return [
    `- User management (R9): \`${product.userManagementPermission}\`; all projects (R16): \`${product.projectManagementPermission}\`, which also holds every project permission on every project.`,
    `- Project creation (R16): \`${product.projectCreation.permission}\`; the creator becomes \`${product.projectOwnerRole}\`${product.projectCreation.restrictableToAdministrators ? '; a tenant setting can keep it to administrators, and then only the administrator role carries it' : ''}.`,
    `- Consumer scope (R19): ${describeConsumerScope({ product })}`,
    `- API keys (R20): ${describeApiKeyPolicy({ policy: product.apiKeyPolicy })}`,
    `- Remote checks of other principals: ${product.remoteAccessPermission ? `\`${product.remoteAccessPermission}\`` : 'no such permission; a key checks within its own rights'}.`,
    `- Limited Members (R17): ${product.limitedMembers ? `\`${product.limitedMembers.projectRole}\`, kept by ${product.limitedMembers.references.join(' and ')}${product.limitedMembers.provisionConsumer ? '; a referenced user with no role becomes `consumer` and is invited' : ''}` : 'none'}.`,
    `- Directory lookup (R5): users ${product.lookup.users ? 'offered' : 'off'}, groups ${product.lookup.groups ? 'offered' : 'off'}.`,
    ...(notAssignable.length > 0 ? [`- Not assignable by hand (\`NOT_ASSIGNABLE\`): ${notAssignable.join(', ')}.`] : []),
  ];
}

function describeConsumerScope({ product }: { product: AnyProduct }): string {
  const scope = product.consumerScope;
  if (scope.kind === 'tenant') return 'the whole tenant.';
  const permissions = scope.scopedPermissions.map((id) => `\`${id}\``).join(', ');
  return scope.kind === 'assigned-projects'
    ? `${permissions} held by the role, but only on projects the consumer holds a project role in.`
    : `${permissions} held by the role, but only on records assigned to the consumer and on the records of the communication rules that email them.`;
}

function describeApiKeyPolicy({ policy }: { policy: ApiKeyPolicy }): string {
  switch (policy.kind) {
    case 'by-role':
      return 'a key has the permissions of the roles it holds (application or project).';
    case 'always-administrator':
      return 'every key has administrator permissions.';
    case 'administrator-before-cutoff':
      return `a key created before ${policy.cutoff} that holds no application role has administrator permissions; every other key has the permissions of its roles.`;
  }
}

interface Column {
  id: string;
  role: RoleDefinition<string>;
  scoped: ReadonlySet<string>;
  note?: string;
}

function renderTable({ labels, roles }: { labels: Readonly<Record<string, string>>; roles: Column[] }): string[] {
  const header = `| permission id | action | ${roles.map((c) => `${c.id}${c.note ?? ''}`).join(' | ')} |`;
  const rule = `|---|---|${roles.map(() => '---|').join('')}`;
  const rows = Object.entries(labels).map(([id, label]) => {
    const marks = roles.map((c) => (c.role.permissions.includes(id) ? (c.scoped.has(id) ? '✔*' : '✔') : ''));
    return `| \`${id}\` | ${label} | ${marks.join(' | ')} |`;
  });
  return [header, rule, ...rows];
}

function renderLegacy({ product }: { product: AnyProduct }): string[] {
  const legacy = product.legacy;
  if (!legacy) return [];
  const columns = LEGACY_ROLE_IDS.map((id) => ({
    id,
    role: legacy.roles[id],
    scoped: new Set<string>(),
    note: legacy.roles[id].departmentScoped ? ' (own department)' : '',
  }));
  const labels = { ...product.permissions, ...legacy.extraPermissions };
  const used = Object.fromEntries(Object.entries(labels).filter(([id]) => columns.some((c) => c.role.permissions.includes(id))));
  return [
    '',
    '### Legacy roles (R21)',
    '',
    `User management role: \`${legacy.userManagementRole}\` (its holders cannot remove each other, R15).`,
    '',
    ...renderTable({ labels: used, roles: columns }),
    '',
    '### Legacy mapping (R22)',
    '',
    '| legacy role | application role | project role | on the projects of |',
    '|---|---|---|---|',
    ...LEGACY_ROLE_IDS.map((id) => {
      const entry = legacy.mapping[id];
      const projects = { 'own-departments': 'their own departments', 'all-departments': 'all departments', none: '—' }[entry.projects];
      return `| \`${id}\` | \`${entry.applicationRole}\` | ${entry.projectRole ? `\`${entry.projectRole}\`` : '—'} | ${projects} |`;
    }),
  ];
}
