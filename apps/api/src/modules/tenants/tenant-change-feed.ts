import { Inject, Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import pg from 'pg';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { databaseKind } from '../../database/data-source.js';
import { TENANT_CHANGES_CHANNEL } from './tenant-changes.repository.js';
import { TenantContextService } from './tenant-context.service.js';

const RECONNECT_MS = 1_000;

/**
 * PostgreSQL pushes each committed change to every process (`LISTEN`/`NOTIFY`, delivered at
 * commit), and a process that holds the tenant catches up at once instead of on its next
 * request. Correctness does not rest on it: every request still reads the tenant's version. It
 * listens on a connection of its own, outside the pool, so it never takes one from requests.
 */
@Injectable()
export class TenantChangeFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(TenantChangeFeed.name);
  private client: pg.Client | null = null;
  private stopped = false;

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly contexts: TenantContextService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    if (databaseKind({ databaseUrl: this.config.databaseUrl }) === 'postgres') await this.listen();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    await this.client?.end().catch(() => undefined);
  }

  private async listen(): Promise<void> {
    const client = new pg.Client({ connectionString: this.config.databaseUrl });
    client.on('notification', (message) => this.announced(message.payload));
    client.on('error', () => this.reconnect(client));
    try {
      await client.connect();
      await client.query(`LISTEN ${TENANT_CHANGES_CHANNEL}`);
      this.client = client;
    } catch (error) {
      this.logger.warn(`Not listening for tenant changes yet: ${(error as Error).message}`);
      this.reconnect(client);
    }
  }

  private reconnect(client: pg.Client): void {
    void client.end().catch(() => undefined);
    if (this.client === client) this.client = null;
    if (!this.stopped) setTimeout(() => void this.listen(), RECONNECT_MS).unref();
  }

  private announced(payload: string | undefined): void {
    const [tenantId, version] = (payload ?? '').split(' ');
    if (tenantId && version) this.contexts.announced({ tenantId, version: Number(version) });
  }
}
