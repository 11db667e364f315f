import { Module } from '@nestjs/common';
import { TenantsModule } from '../tenants/tenants.module.js';
import { DirectoryChangeRecorder } from './directory-change-recorder.js';
import { DirectoryController } from './directory.controller.js';
import { DirectoryService } from './directory.service.js';
import { OrganizationsController } from './organizations.controller.js';
import { OrganizationsRepository } from './organizations.repository.js';
import { OrganizationsService } from './organizations.service.js';

@Module({
  imports: [TenantsModule],
  controllers: [OrganizationsController, DirectoryController],
  providers: [OrganizationsRepository, OrganizationsService, DirectoryService, DirectoryChangeRecorder],
  exports: [OrganizationsRepository, OrganizationsService, DirectoryService, DirectoryChangeRecorder],
})
export class OrganizationsModule {}
