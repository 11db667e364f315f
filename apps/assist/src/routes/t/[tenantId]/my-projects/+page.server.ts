// The API answers a consumer only the projects they are assigned to (R19).
export { loadProjects as load } from '@loome/portal-kit/server';
