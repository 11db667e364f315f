export { loadLimitedMembers as load, limitedMembersActions as actions } from '$lib/limited-members/limited-members.server.js';
