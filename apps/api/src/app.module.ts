import { type DynamicModule, Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from './auth/auth.module.js';
import { ProblemFilter } from './common/errors/problem.filter.js';
import { ValidationModule } from './common/validation/validation.module.js';
import type { AppConfig } from './config/app-config.js';
import { ConfigModule } from './config/config.module.js';
import { DatabaseModule } from './database/database.module.js';
import { FEATURE_MODULES } from './modules/feature-modules.js';

@Module({})
export class AppModule {
  static forRoot({ config }: { config: AppConfig }): DynamicModule {
    return {
      module: AppModule,
      imports: [ConfigModule.forRoot({ config }), DatabaseModule, AuthModule, ValidationModule, ...FEATURE_MODULES],
      providers: [{ provide: APP_FILTER, useClass: ProblemFilter }],
    };
  }
}
