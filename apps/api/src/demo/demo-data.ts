import type { AnyProduct, LegacyRoleId } from '@loome/roles-core';

export const DEMO_ADMIN = 'admin@demo.loome.local';

export const DEMO_DIRECTORY = {
  users: [
    { email: DEMO_ADMIN, name: 'Avery Admin' },
    { email: 'casey@demo.loome.local', name: 'Casey Consumer' },
    { email: 'parker@demo.loome.local', name: 'Parker Creator' },
    { email: 'riley@demo.loome.local', name: 'Riley Reader' },
    { email: 'guest@partner.example', name: 'Gale Guest', guest: true },
  ],
  groups: [
    { id: 'demo-analysts', name: 'Analysts', email: 'analysts@demo.loome.local', members: ['casey@demo.loome.local', 'riley@demo.loome.local'] },
    { id: 'demo-engineers', name: 'Data Engineers', members: ['parker@demo.loome.local'] },
  ],
};

interface CurrentDemoTenant {
  product: string;
  name: string;
  roleModel: 'current';
  members: Record<string, string[]>;
  groups: Record<string, string[]>;
  project: string;
  projectMember: { email: string; role: string };
  apiKey?: string;
}

interface LegacyDemoTenant {
  product: string;
  name: string;
  roleModel: 'legacy';
  legacyUsers: { email: string; role: LegacyRoleId }[];
}

const DEMO_MEMBERS = { consumer: ['casey@demo.loome.local'], 'project-creator': ['parker@demo.loome.local'] };
const DEMO_PROJECT_MEMBER = 'riley@demo.loome.local';

/** The assignable project role with the fewest permissions: what a reader-like demo member gets. */
function humblestProjectRole(product: AnyProduct): string {
  const assignable = Object.entries(product.projectRoles).filter(([, role]) => role.assignable);
  assignable.sort(([, a], [, b]) => a.permissions.length - b.permissions.length);
  return assignable[0]![0];
}

/** A demo tenant for every registered product, and a legacy one where the product keeps the legacy model. */
export function demoTenantsFor({ products }: { products: readonly AnyProduct[] }): (CurrentDemoTenant | LegacyDemoTenant)[] {
  const current = products.map((product): CurrentDemoTenant => ({
    product: product.id,
    name: `Demo ${product.name}`,
    roleModel: 'current',
    members: DEMO_MEMBERS,
    groups: product.lookup.groups ? { consumer: ['demo-analysts'] } : {},
    project: `${product.name} demo project`,
    projectMember: { email: DEMO_PROJECT_MEMBER, role: humblestProjectRole(product) },
    apiKey: `Demo ${product.name} pipeline`,
  }));
  const legacy = products
    .filter((product) => product.legacy)
    .map((product): LegacyDemoTenant => ({
      product: product.id,
      name: `Demo ${product.name} (legacy)`,
      roleModel: 'legacy',
      legacyUsers: [
        { email: 'casey@demo.loome.local', role: 'bi-user' },
        { email: 'parker@demo.loome.local', role: 'bi-developer' },
        { email: 'riley@demo.loome.local', role: 'bi-manager' },
      ],
    }));
  return [...current, ...legacy];
}
