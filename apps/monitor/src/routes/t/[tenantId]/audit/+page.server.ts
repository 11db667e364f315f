import { createAuditLoad } from '@loome/portal-kit/server';
import { portal } from '$lib/portal.config.js';

export const load = createAuditLoad({ productId: portal.productId });
