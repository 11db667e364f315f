import { Module } from '@nestjs/common';
import { APP_INTERCEPTOR } from '@nestjs/core';
import { UndeclaredQueryInterceptor } from './undeclared-query.interceptor.js';

/** Input rules every REST route shares, whatever module declares it. */
@Module({ providers: [{ provide: APP_INTERCEPTOR, useClass: UndeclaredQueryInterceptor }] })
export class ValidationModule {}
