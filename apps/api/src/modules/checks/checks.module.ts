import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module.js';
import { ChecksController } from './checks.controller.js';
import { ChecksService } from './checks.service.js';

@Module({ imports: [TenantsModule], controllers: [ChecksController], providers: [ChecksService], exports: [ChecksService] })
export class ChecksModule {}
