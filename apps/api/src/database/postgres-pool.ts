import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver.js';

/**
 * The pg pool under TypeORM's PostgreSQL driver, for reads sent straight to the driver. TypeORM
 * types it `any` (its drivers load pg at run time), so its real type is given here, once.
 */
export function postgresPool({ dataSource }: { dataSource: DataSource }): Pool {
  return (dataSource.driver as PostgresDriver).master as Pool;
}
