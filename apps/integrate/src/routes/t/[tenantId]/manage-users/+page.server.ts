export { loadLegacyUsers as load, legacyUsersActions as actions } from '$lib/legacy/legacy-users.server.js';
