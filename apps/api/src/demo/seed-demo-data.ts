import { type INestApplication, Logger } from '@nestjs/common';
import type { SignedInCaller } from '../auth/caller.js';
import { SignInService } from '../auth/sign-in.service.js';
import { ApiKeysService } from '../modules/api-keys/api-keys.service.js';
import { LegacyService } from '../modules/legacy/legacy.service.js';
import { OrganizationsService } from '../modules/organizations/organizations.service.js';
import { ProjectsService } from '../modules/projects/projects.service.js';
import { RolesService } from '../modules/roles/roles.service.js';
import { TenantsRepository } from '../modules/tenants/tenants.repository.js';
import { TenantsService } from '../modules/tenants/tenants.service.js';
import { products } from '@loome/roles-core';
import { DEMO_ADMIN, DEMO_DIRECTORY, demoTenantsFor } from './demo-data.js';

/**
 * DEMO_DATA=1: one demo organization (directory users and groups, lookup on) and a tenant per
 * product, plus a legacy Integrate tenant. Runs through the same services as requests, and does
 * nothing when the demo tenants already exist.
 */
export async function seedDemoData({ app }: { app: INestApplication }): Promise<void> {
  const logger = new Logger('Demo');
  const get = <T>(token: new (...args: never[]) => T): T => app.get(token, { strict: false });
  const tenantsRepository = get(TenantsRepository);
  const missing = [];
  for (const demo of demoTenantsFor({ products })) {
    if (!(await tenantsRepository.findByName({ name: demo.name }))) missing.push(demo);
  }
  if (missing.length === 0) {
    logger.log('Demo data already present');
    return;
  }
  const organization = await get(OrganizationsService).create({ input: { name: 'Loome Demo', userLookup: true, groupLookup: true } });
  await get(OrganizationsService).replaceDirectory({ organizationId: organization.id, input: DEMO_DIRECTORY });
  const tenants = get(TenantsService);
  const platform = { kind: 'platform' } as const;
  // The demo administrator acts from the start, whatever the sign-in mode: signed in once, through the path every sign-in takes.
  const session = await get(SignInService).signInAs({ email: DEMO_ADMIN });
  const admin: SignedInCaller = { kind: 'user', userId: session.userId, email: session.email, viaCookie: false, sessionHash: null };
  for (const demo of missing) {
    const tenant = await tenants.create({
      caller: platform,
      input: { product: demo.product, name: demo.name, organizationId: organization.id, administrators: [DEMO_ADMIN], roleModel: demo.roleModel },
    });
    if (demo.roleModel === 'legacy') {
      for (const member of demo.legacyUsers) await get(LegacyService).invite({ caller: admin, tenantId: tenant.id, input: member });
      continue;
    }
    const roles = get(RolesService);
    for (const [roleId, emails] of Object.entries(demo.members)) {
      await roles.addMembers({ caller: admin, tenantId: tenant.id, roleId, body: { kind: 'user', emails: emails.join(';') } });
    }
    for (const [roleId, groupIds] of Object.entries(demo.groups)) {
      await roles.addMembers({ caller: admin, tenantId: tenant.id, roleId, body: { kind: 'group', groupIds } });
    }
    const project = await get(ProjectsService).create({ caller: admin, tenantId: tenant.id, input: { name: demo.project } });
    await get(ProjectsService).addMembers({
      caller: admin,
      tenantId: tenant.id,
      projectId: project.id,
      body: { kind: 'user', emails: demo.projectMember.email, role: demo.projectMember.role },
    });
    if (demo.apiKey) {
      const key = await get(ApiKeysService).create({ caller: admin, tenantId: tenant.id, input: { description: demo.apiKey } });
      await roles.addMembers({ caller: admin, tenantId: tenant.id, roleId: 'consumer', body: { kind: 'apiKey', apiKeyIds: [key.id] } });
      // The secret is shown once to whoever creates a key; seeding shows it to nobody, logs included.
      logger.log(`Demo API key "${demo.apiKey}" created in ${demo.name}`);
    }
  }
  logger.log(`Demo data seeded: sign in as ${DEMO_ADMIN}`);
}
