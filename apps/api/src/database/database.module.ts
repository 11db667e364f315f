import { Global, Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { APP_CONFIG, type AppConfig } from '../config/app-config.js';
import { dataSourceOptions } from './data-source.js';
import { TransactionRepository } from './transaction.repository.js';

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
  providers: [TransactionRepository],
  exports: [TransactionRepository],
})
export class DatabaseModule {}
