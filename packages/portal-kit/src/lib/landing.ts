/**
 * Where a person lands in a tenant: the page of their work. User managers manage members, so they
 * land on Application Roles; someone who works in projects (a project role, or a permission held on
 * a project, such as an Assist consumer's notified projects) lands on Projects; everyone else on
 * About, which says what they may do and why.
 */
import { holds, type MeView } from './me-view.js';

export type LandingPage = 'roles' | 'projects' | 'about';

export function landingPageOf({ me, userManagementPermission }: { me: MeView | null; userManagementPermission: string }): LandingPage {
  if (holds({ me, permission: userManagementPermission })) return 'roles';
  if (me && (me.projectRoles.length > 0 || me.permissions.some((entry) => entry.projectId !== null))) return 'projects';
  return 'about';
}
