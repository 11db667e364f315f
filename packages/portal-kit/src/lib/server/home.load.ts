/** The portal's start page and a tenant's own address: each sends the person to the page of their work. */
import { redirect } from '@sveltejs/kit';
import { landingPageOf } from '../landing.js';
import { raiseShellProblem, type ShellData } from './shell.load.js';

/** `/`: the first tenant (where the tenant's address takes over), or the tenant picker when there is none. */
export function redirectToFirstTenant({ shell }: { shell: ShellData }): { tenants: ShellData['tenants'] } {
  // Without the API there is no telling which tenants there are: the error page, not "no tenant".
  raiseShellProblem({ shell });
  const first = shell.tenants[0];
  if (first) redirect(303, `/t/${first.id}`);
  return { tenants: shell.tenants };
}

/** `/t/:tenantId`: the landing page of this person in this tenant. */
export function redirectToLanding({ shell }: { shell: ShellData }): never {
  const page = landingPageOf({ me: shell.me, userManagementPermission: shell.product.userManagementPermission });
  redirect(303, `/t/${shell.tenant!.id}/${page}`);
}
