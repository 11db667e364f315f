/**
 * The portal's dry-run endpoint: a confirmation dialog posts the change it is about to ask for,
 * and gets the planner's answer in names (issue 17) or the refusal the change would meet.
 */
import { json, type RequestHandler } from '@sveltejs/kit';
import type { PortalLocals } from './hooks.js';
import { statusOf, toProblem } from './to-problem.js';

export const previewEndpoint: RequestHandler = async ({ locals, params, request }) => {
  const { api } = locals as PortalLocals;
  const change = (await request.json().catch(() => null)) as Record<string, unknown> | null;
  try {
    // The API's schema checks the change; the portal only forwards it with the page's tenant.
    const preview = await api.previews.preview.query({ ...(change as object), tenantId: params.tenantId! } as never);
    return json(preview);
  } catch (caught) {
    const problem = toProblem({ error: caught });
    return json({ allowed: false, refusal: problem }, { status: statusOf({ problem }) });
  }
};
