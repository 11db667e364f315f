import { definePortal } from '@loome/portal-kit';

export const portal = definePortal({
  productId: 'monitor',
  theme: { accent: '#6d28d9', accentText: '#ffffff', header: '#4c1d95', headerText: '#ffffff' },
  extraPages: [{ label: 'Limited Members', path: 'limited-members', when: 'limited-members', needs: 'user-management' }],
});
