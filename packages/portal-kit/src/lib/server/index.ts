// Server-only helpers of the portal kit: API client, session, hooks, and each page's load and actions.
export { createApiClient, DEFAULT_API_URL, type ApiClient } from './api-client.js';
export { createPortalHandle, type PortalLocals } from './hooks.js';
export { SESSION_COOKIE, readSessionToken } from './session.js';
export { loadFromApi, actOnApi } from './call-api.js';
export { toProblem } from './to-problem.js';
export { buildProductView } from './product-view.js';
export { createShellLoad, type ShellData } from './shell.load.js';
export { redirectToFirstTenant } from './home.load.js';
export { signInActions, signOut } from './sign-in.js';
export { createApplicationRolesLoad, applicationRolesActions, type ApplicationRolesData } from './roles.js';
export { parseMemberForm, type MemberInput } from './member-form.js';
export { directoryEndpoint } from './directory.js';
export { loadProjects, projectsActions, loadProjectMembers, projectMembersActions, type ProjectView } from './projects.js';
export { loadRemoteAccess, remoteAccessActions } from './remote-access.js';
export { loadAudit, type AuditEventView } from './audit.js';
export { normalizeMe, describeReason } from './me.js';
export { itemsOf, textOf, normalizeMembers } from './normalize.js';
export type { PageEvent } from './page-event.js';
