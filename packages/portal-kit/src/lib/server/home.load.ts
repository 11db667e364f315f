/** The portal's start page: straight to the first tenant's landing page, or the tenant picker when there is none. */
import { redirect } from '@sveltejs/kit';
import type { ShellData } from './shell.load.js';

export function redirectToFirstTenant({ shell, landing = 'roles' }: { shell: ShellData; landing?: string }): { tenants: ShellData['tenants'] } {
  const first = shell.tenants[0];
  if (first) redirect(303, `/t/${first.id}/${landing}`);
  return { tenants: shell.tenants };
}
