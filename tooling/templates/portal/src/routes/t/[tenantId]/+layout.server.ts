import { error } from '@sveltejs/kit';
import type { LayoutServerLoad } from './$types';

// A tenant the user cannot see answers 404, exactly as one that does not exist.
export const load = (async ({ parent }) => {
  const { tenant } = await parent();
  if (!tenant) error(404, 'There is no such tenant, or you have no access to it.');
  return { tenant };
}) satisfies LayoutServerLoad;
