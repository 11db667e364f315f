import { Module } from '@nestjs/common';
import { AuditController } from './audit.controller.js';
import { AuditNamesRepository } from './audit-names.repository.js';
import { AuditRepository } from './audit.repository.js';
import { AuditService } from './audit.service.js';

@Module({ controllers: [AuditController], providers: [AuditRepository, AuditNamesRepository, AuditService], exports: [AuditService] })
export class AuditModule {}
