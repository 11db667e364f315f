import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { UndeclaredQueryGuard } from './undeclared-query.guard.js';

/** Input rules every REST route shares, whatever module declares it. AppModule imports it after AuthModule, so its guard runs after the access guard. */
@Module({ providers: [{ provide: APP_GUARD, useClass: UndeclaredQueryGuard }] })
export class ValidationModule {}
