export { loadDepartments as load, departmentsActions as actions } from '$lib/legacy/departments.server.js';
