export { loadMigrationDryRun as load, migrationActions as actions } from '$lib/legacy/migration.server.js';
