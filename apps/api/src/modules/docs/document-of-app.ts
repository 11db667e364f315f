import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildOpenApiDocument } from '../../common/routes/openapi-document.js';
import { listRoutes } from '../../common/routes/route-registry.js';
import { readAppConfig } from '../../config/app-config.js';
import { createApp } from '../../create-app.js';

/**
 * The document `/api/docs` serves, built without serving: the app is assembled on a throwaway
 * SQLite file, read, and closed. The generated client (`packages/api-client`) is made from it.
 */
export async function openApiDocumentOfApp(): Promise<ReturnType<typeof buildOpenApiDocument>> {
  const folder = mkdtempSync(join(tmpdir(), 'loome-openapi-'));
  const config = { ...readAppConfig({ env: {} }), databaseUrl: `sqlite:${join(folder, 'openapi.sqlite')}`, authMode: 'dev' as const };
  const app = await createApp({ config, logger: false });
  try {
    return buildOpenApiDocument({ routes: listRoutes({ app }) });
  } finally {
    await app.close();
    rmSync(folder, { recursive: true, force: true });
  }
}
