import { Global, Module } from '@nestjs/common';
import { getDataSourceToken, TypeOrmModule } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source.js';
import { SqliteWriteLane } from './sqlite-write-lane.js';
import { SQLITE_WRITE_LANE, TransactionRepository } from './transaction.repository.js';

@Global()
@Module({
  imports: [
    TypeOrmModule.forRootAsync({
      inject: [APP_CONFIG],
      useFactory: (config: AppConfig) => ({
        ...dataSourceOptions({ databaseUrl: config.databaseUrl, limits: config.databaseLimits }),
        migrationsRun: config.runMigrations,
      }),
    }),
  ],
  providers: [
    {
      provide: SQLITE_WRITE_LANE,
      inject: [getDataSourceToken()],
      useFactory: (dataSource: DataSource) => (dataSource.options.type === 'better-sqlite3' ? new SqliteWriteLane({ dataSource }) : null),
    },
    TransactionRepository,
  ],
  exports: [TransactionRepository],
})
export class DatabaseModule {}
