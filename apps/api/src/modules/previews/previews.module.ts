import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module.js';
import { PreviewsController } from './previews.controller.js';
import { PreviewsService } from './previews.service.js';

@Module({ imports: [TenantsModule], controllers: [PreviewsController], providers: [PreviewsService], exports: [PreviewsService] })
export class PreviewsModule {}
