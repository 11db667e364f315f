import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module.js';
import { ReferencesController } from './references.controller.js';
import { ReferencesService } from './references.service.js';

@Module({ imports: [TenantsModule], controllers: [ReferencesController], providers: [ReferencesService], exports: [ReferencesService] })
export class ReferencesModule {}
