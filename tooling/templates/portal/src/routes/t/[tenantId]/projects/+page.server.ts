export { loadProjects as load, projectsActions as actions } from '@loome/portal-kit/server';
