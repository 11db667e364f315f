// Browser-test harness shared by the portals; never shipped to the browser.
export { startStack, type Stack, type RestCaller } from './start-stack.js';
export { createTestTenant, type TestTenantInput } from './test-tenant.js';
export { launchBrowser, type TestBrowser } from './browser.js';
export { findSeriousViolations, type AxeViolation } from './axe.js';
export { saveScreenshot } from './screenshots.js';
export { signIn, openApplicationRoles, chooseRoleTab, addUsersByEmail, memberRow, createProject, offeredProjectRoles } from './portal-steps.js';
export { usePortalStack, type PortalStack } from './portal-stack.js';
export { registerSharedScenarios } from './shared-scenarios.js';
export { registerScaleAndPreviewScenarios } from './scale-and-preview-scenarios.js';
export { registerOidcSignInScenario } from './oidc-sign-in-scenario.js';
export { registerAddMembersScenarios, ADD_MEMBERS_DIRECTORY } from './add-members-scenarios.js';
export { registerInvitationScenarios } from './invitation-scenarios.js';
export { DESKTOP, PHONE, VIEWPORTS } from './viewports.js';
export { registerAuditScenarios } from './audit-scenarios.js';
export { registerFailureScenarios } from './failure-scenarios.js';
export { registerProjectSettingsScenarios } from './project-settings-scenarios.js';
export { judgeEveryDialog } from './page-accessibility-scenario.js';
