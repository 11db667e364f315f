import { Module } from '@nestjs/common';
import { MailModule } from '../mail/mail.module.js';
import { EffectsRepository } from './effects.repository.js';
import { TenantChangeFeed } from './tenant-change-feed.js';
import { TenantChangesRepository } from './tenant-changes.repository.js';
import { TenantContextService } from './tenant-context.service.js';
import { TenantMutationService } from './tenant-mutation.service.js';
import { TenantStateRepository } from './tenant-state.repository.js';
import { TenantsController } from './tenants.controller.js';
import { TenantsRepository } from './tenants.repository.js';
import { TenantsService } from './tenants.service.js';

@Module({
  imports: [MailModule],
  controllers: [TenantsController],
  providers: [
    TenantStateRepository,
    TenantChangesRepository,
    TenantChangeFeed,
    EffectsRepository,
    TenantContextService,
    TenantMutationService,
    TenantsRepository,
    TenantsService,
  ],
  exports: [TenantStateRepository, TenantChangesRepository, EffectsRepository, TenantContextService, TenantMutationService, TenantsRepository, TenantsService],
})
export class TenantsModule {}
