import { redirectToFirstTenant } from '@loome/portal-kit/server';

export const load = async ({ parent }) => redirectToFirstTenant({ shell: await parent() });
