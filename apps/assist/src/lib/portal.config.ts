import { definePortal } from '@loome/portal-kit';

export const portal = definePortal({
  productId: 'assist',
  theme: { accent: '#0f766e', accentText: '#ffffff', header: '#134e4a', headerText: '#ffffff' },
});
