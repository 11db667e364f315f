import { createProjectMembersLoad, projectMembersActions } from '@loome/portal-kit/server';
import { portal } from '$lib/portal.config.js';

export const load = createProjectMembersLoad({ productId: portal.productId });
export const actions = projectMembersActions;
