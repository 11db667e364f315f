import { requireTenant } from '@loome/portal-kit/server';
import type { LayoutServerLoad } from './$types';

// A tenant the user cannot see answers 404, exactly as one that does not exist; an API that
// cannot be reached answers the portal's error page, with Retry.
export const load = (async ({ parent }) => requireTenant({ shell: await parent() })) satisfies LayoutServerLoad;
