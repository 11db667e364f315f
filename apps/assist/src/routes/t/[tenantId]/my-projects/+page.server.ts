import { redirect } from '@sveltejs/kit';
import type { PageServerLoad } from './$types';

// "My projects" was a second menu entry for the same list; the Projects page shows a consumer only their projects (R19).
export const load = (({ params }) => redirect(308, `/t/${params.tenantId}/projects`)) satisfies PageServerLoad;
