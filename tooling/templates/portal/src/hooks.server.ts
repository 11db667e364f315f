import { createPortalHandle } from '@loome/portal-kit/server';

export const handle = createPortalHandle();
