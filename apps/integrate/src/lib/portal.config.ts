import { definePortal } from '@loome/portal-kit';

export const portal = definePortal({
  productId: 'integrate',
  theme: { accent: '#1d4ed8', accentText: '#ffffff', header: '#1e3a8a', headerText: '#ffffff' },
  extraPages: [
    { label: 'Manage Users', path: 'manage-users', when: 'legacy-tenant', needs: 'user-management' },
    { label: 'Departments', path: 'departments', when: 'legacy-tenant', needs: 'user-management' },
    { label: 'Migration', path: 'migration', when: 'legacy-tenant', needs: 'user-management' },
  ],
});
