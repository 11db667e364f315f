import { createAuditEventsEndpoint } from '@loome/portal-kit/server';
import { portal } from '$lib/portal.config.js';

export const GET = createAuditEventsEndpoint({ productId: portal.productId });
