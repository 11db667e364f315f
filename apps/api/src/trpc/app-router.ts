/** The root tRPC router. Portals import only `type AppRouter` (package export `@loome/api/router`). */
import { authRouter } from '../auth/auth.router.js';
import { apiKeysRouter } from '../modules/api-keys/api-keys.router.js';
import { auditRouter } from '../modules/audit/audit.router.js';
import { checksRouter, meRouter } from '../modules/checks/checks.router.js';
import { invitationsRouter } from '../modules/invitations/invitations.router.js';
import { departmentsRouter, legacyRouter } from '../modules/legacy/legacy.router.js';
import { communicationRulesRouter, limitedMembersRouter, recordsRouter } from '../modules/monitor-references/references.router.js';
import { notificationsRouter } from '../modules/notifications/notifications.router.js';
import { directoryRouter } from '../modules/organizations/directory.router.js';
import { productsRouter } from '../modules/products/products.router.js';
import { previewsRouter } from '../modules/previews/previews.router.js';
import { projectsRouter } from '../modules/projects/projects.router.js';
import { rolesRouter } from '../modules/roles/roles.router.js';
import { settingsRouter, tenantsRouter } from '../modules/tenants/tenants.router.js';
import { usersRouter } from '../modules/users/users.router.js';
import { createRouter } from './trpc.js';

export const appRouter = createRouter({
  auth: authRouter,
  products: productsRouter,
  tenants: tenantsRouter,
  roles: rolesRouter,
  directory: directoryRouter,
  users: usersRouter,
  invitations: invitationsRouter,
  me: meRouter,
  settings: settingsRouter,
  checks: checksRouter,
  apiKeys: apiKeysRouter,
  projects: projectsRouter,
  records: recordsRouter,
  communicationRules: communicationRulesRouter,
  limitedMembers: limitedMembersRouter,
  notifications: notificationsRouter,
  departments: departmentsRouter,
  legacy: legacyRouter,
  audit: auditRouter,
  previews: previewsRouter,
});

export type AppRouter = typeof appRouter;
