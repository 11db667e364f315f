export { loadProjectMembers as load, projectMembersActions as actions } from '@loome/portal-kit/server';
