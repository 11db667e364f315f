import { redirectToLanding } from '@loome/portal-kit/server';
import type { PageServerLoad } from './$types';

// A tenant's own address (the invitation mail's link, the tenant picker) opens the page of this person's work.
export const load = (async ({ parent }) => redirectToLanding({ shell: await parent() })) satisfies PageServerLoad;
