import { applicationRolesActions, createApplicationRolesLoad } from '@loome/portal-kit/server';
import { portal } from '$lib/portal.config.js';

export const load = createApplicationRolesLoad({ productId: portal.productId });
export const actions = applicationRolesActions;
