// Browser-safe exports of the portal kit: configuration, view types and page components.
export { definePortal, isFeatureOn, type PortalConfig, type PortalTheme, type PortalPage, type PortalFeature } from './config.js';
export type {
  ApiKeyView,
  AuditEventView,
  AuditPageView,
  MemberKind,
  MemberPageView,
  MemberView,
  ProductView,
  ProjectReferencesView,
  RoleView,
  TenantView,
  ActionFailure,
} from './types.js';
export { describeProblem, unreachableSentence, UNREACHABLE, type Problem } from './problem.js';
export { dialogSubmit } from './forms/dialog-submit.js';
export { keepWork, peekKeptDraft, takeKeptDraft, signInAgainKeeping, type KeepWorkOptions } from './forms/keep-work.js';
export { holds, holdsOnProject, type MeView, type PermissionReasonView } from './me-view.js';
export { landingPageOf, type LandingPage } from './landing.js';
export { recordDescription, recordsAssigned, shortId } from './record-words.js';
export { default as PortalShell } from './components/shell/PortalShell.svelte';
export { default as NoTenantPage } from './components/shell/NoTenantPage.svelte';
export { default as SignInPage } from './components/sign-in/SignInPage.svelte';
export { default as ErrorPage } from './components/shell/ErrorPage.svelte';
export { default as ApplicationRolesPage } from './components/roles/ApplicationRolesPage.svelte';
export { default as MembersTable } from './components/members/MembersTable.svelte';
export { default as AddMembersSlideOut } from './components/members/AddMembersSlideOut.svelte';
export { default as ProblemMessage } from './components/members/ProblemMessage.svelte';
export { default as RefusalDialog } from './components/members/RefusalDialog.svelte';
export { default as ChangePreviewDialog } from './components/members/ChangePreviewDialog.svelte';
export { default as InvitationLine } from './components/members/InvitationLine.svelte';
export { default as ResendInvitationButton } from './components/members/ResendInvitationButton.svelte';
export { default as RevokeInvitationDialog } from './components/members/RevokeInvitationDialog.svelte';
export { default as ListSearchForm } from './components/lists/ListSearchForm.svelte';
export { default as MemberListPager } from './components/members/MemberListPager.svelte';
export { SORT_CHOICES, STATUS_CHOICES } from './components/members/member-list-choices.js';
export { default as ProjectsPage } from './components/projects/ProjectsPage.svelte';
export { default as ProjectMembersPage } from './components/projects/ProjectMembersPage.svelte';
export { default as RemoteAccessPage } from './components/remote-access/RemoteAccessPage.svelte';
export { default as AboutPage } from './components/about/AboutPage.svelte';
export { default as AuditPage } from './components/audit/AuditPage.svelte';
