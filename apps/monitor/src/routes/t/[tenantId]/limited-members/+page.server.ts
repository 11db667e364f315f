export { loadLimitedMembers as load } from '$lib/limited-members/limited-members.server.js';
