import { benchApiEnv, jsonClient } from '../boot-bench-api.mjs';

/** The project's launcher of N API processes on one database (`startApiProcesses`). */
const LAUNCHER = new URL('../../scripts/api-processes.mjs', import.meta.url);

/**
 * The API process a check is sent to right after a write made through `api`. On PostgreSQL a
 * second process of the built API (`dist/main.js`) on the same database, started by the project's
 * launcher; SQLite is one process's database, so there it is `api` itself (`separate: false`).
 */
export async function anotherApiProcess({ kind, api, databaseUrl }) {
  if (kind === 'sqlite') return { http: api.http, separate: false, stop: async () => undefined };
  const { startApiProcesses } = await import(LAUNCHER.href);
  const env = { ...benchApiEnv(), DATABASE_URL: databaseUrl, PLATFORM_ADMIN_TOKEN: api.platformToken, AUTH_MODE: 'dev' };
  // Its start-up lines would bury the figures; a failed start still reports its last lines.
  const processes = await startApiProcesses({ count: 1, env, log: () => undefined });
  return { http: jsonClient({ baseUrl: processes.urls[0] }), separate: true, stop: () => processes.stop() };
}
