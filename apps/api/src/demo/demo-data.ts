import type { LegacyRoleId } from '@loome/roles-core';

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

const shared = {
  members: { consumer: ['casey@demo.loome.local'], 'project-creator': ['parker@demo.loome.local'] },
  groups: { consumer: ['demo-analysts'] },
};

export const DEMO_TENANTS: (CurrentDemoTenant | LegacyDemoTenant)[] = [
  { product: 'integrate', name: 'Demo Integrate', roleModel: 'current', ...shared, project: 'Sales pipeline', projectMember: { email: 'riley@demo.loome.local', role: 'member' }, apiKey: 'Demo CI pipeline' },
  { product: 'assist', name: 'Demo Assist', roleModel: 'current', ...shared, project: 'Research workspace', projectMember: { email: 'riley@demo.loome.local', role: 'reader' } },
  { product: 'monitor', name: 'Demo Monitor', roleModel: 'current', ...shared, groups: {}, project: 'Data quality', projectMember: { email: 'riley@demo.loome.local', role: 'member' } },
  {
    product: 'integrate',
    name: 'Demo Integrate (legacy)',
    roleModel: 'legacy',
    legacyUsers: [
      { email: 'casey@demo.loome.local', role: 'bi-user' },
      { email: 'parker@demo.loome.local', role: 'bi-developer' },
      { email: 'riley@demo.loome.local', role: 'bi-manager' },
    ],
  },
];
