import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import type { INestApplication } from '@nestjs/common';
import { readAppConfig, type AppConfig } from '../../../src/config/app-config.js';
import { createApp } from '../../../src/create-app.js';
import { createTestDatabase, type DatabaseName, type TestDatabase } from './databases.js';

export interface BootedApi {
  database: TestDatabase;
  app: INestApplication;
  baseUrl: string;
  platformToken: string;
  config: AppConfig;
  close(): Promise<void>;
}

/** Boots the real app on a random port against a fresh database. */
export async function bootApi({ database, config: overrides = {} }: { database: DatabaseName; config?: Partial<AppConfig> }): Promise<BootedApi> {
  const testDatabase = await createTestDatabase({ name: database });
  const platformToken = `platform-${randomBytes(16).toString('hex')}`;
  const config: AppConfig = {
    ...readAppConfig({ env: {} }),
    databaseUrl: testDatabase.url,
    platformAdminToken: platformToken,
    authMode: 'dev',
    ...overrides,
  };
  const app = await createApp({ config, logger: false });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as AddressInfo;
  return {
    database: testDatabase,
    app,
    baseUrl: `http://127.0.0.1:${address.port}`,
    platformToken,
    config,
    close: async () => {
      await app.close();
      await testDatabase.drop();
    },
  };
}
