/** Every page of a portal answers with the security headers and runs under its CSP without a violation. */
import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, it } from 'vitest';
import type { PortalStack } from './portal-stack.js';

/** Every page route of the portal (`+page.svelte`), as SvelteKit paths like `/t/[tenantId]/roles`. */
function pageRoutes({ portalDir }: { portalDir: string }): string[] {
  const root = join(portalDir, 'src', 'routes');
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) walk(path);
      else if (name === '+page.svelte') found.push(`/${relative(root, dir).split(sep).filter(Boolean).join('/')}`);
    }
  };
  walk(root);
  return found.sort();
}

/** The faults of a page answer's headers: what the CSP must hold, and the headers beside it. */
export function portalHeaderFaults({ headers }: { headers: Record<string, string> }): string[] {
  const faults: string[] = [];
  const csp = headers['content-security-policy'] ?? '';
  const scripts = /(?:^|;)\s*script-src ([^;]*)/.exec(csp)?.[1] ?? '';
  if (!scripts || scripts.includes("'unsafe-inline'") || scripts.includes("'unsafe-eval'")) faults.push(`script-src ${JSON.stringify(scripts)}`);
  if (!/frame-ancestors 'none'/.test(csp)) faults.push('frame-ancestors');
  if (headers['x-frame-options'] !== 'DENY') faults.push('x-frame-options');
  if (headers['x-content-type-options'] !== 'nosniff') faults.push('x-content-type-options');
  if (!['same-origin', 'no-referrer'].includes(headers['referrer-policy'] ?? '')) faults.push('referrer-policy');
  if (!/^max-age=\d+/.test(headers['strict-transport-security'] ?? '')) faults.push('strict-transport-security');
  return faults;
}

export function registerSecurityHeaderScenario({ ctx, portalDir }: { ctx: PortalStack; portalDir: string }) {
  it('Security headers: every page answers with a CSP that runs no inline script it did not write, refuses framing, and the browser reports no violation', async () => {
    const rest = await ctx.stack.restAs({ email: ctx.admin.email });
    const project = await rest<{ id: string }>({ method: 'POST', path: `/api/v1/tenants/${ctx.tenantId}/projects`, body: { name: 'Headers project' } });
    const params: Record<string, string> = { tenantId: ctx.tenantId, projectId: project.id };
    const paths = pageRoutes({ portalDir }).map((route) => route.replace(/\[(\w+)\]/g, (_, name: string) => params[name] ?? name));
    const { page } = ctx.admin;
    await page.addInitScript(() => {
      const seen: string[] = [];
      (window as unknown as { cspViolations: string[] }).cspViolations = seen;
      document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
    });
    const faults: string[] = [];
    for (const path of paths) {
      const response = await page.goto(`${ctx.stack.portalUrl}${path}`);
      await page.waitForLoadState('networkidle');
      const headerFaults = portalHeaderFaults({ headers: (await response?.allHeaders()) ?? {} });
      const violations = await page.evaluate(() => (window as unknown as { cspViolations?: string[] }).cspViolations ?? []);
      if (headerFaults.length > 0 || violations.length > 0) faults.push(`${path}: ${[...headerFaults, ...violations].join(', ')}`);
    }
    // Signed out: the redirect to sign-in carries them too.
    const redirect = await fetch(`${ctx.stack.portalUrl}/t/${ctx.tenantId}/roles`, { redirect: 'manual' });
    const redirectFaults = portalHeaderFaults({ headers: Object.fromEntries(redirect.headers) }).filter(
      (fault) => !['script-src', 'frame-ancestors'].some((csp) => fault.startsWith(csp)),
    );
    if (redirectFaults.length > 0) faults.push(`redirect ${redirect.status}: ${redirectFaults.join(', ')}`);
    expect(paths.length).toBeGreaterThan(5);
    expect(faults).toEqual([]);
  });
}
