import { redirectToFirstTenant } from '@loome/portal-kit/server';
import type { PageServerLoad } from './$types';

export const load = (async ({ parent }) => redirectToFirstTenant({ shell: await parent() })) satisfies PageServerLoad;
