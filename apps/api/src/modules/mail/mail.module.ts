import { Module } from '@nestjs/common';
import { MailDeliveryService } from './mail-delivery.service.js';
import { OutboxController } from './outbox.controller.js';
import { OutboxRepository } from './outbox.repository.js';

@Module({
  controllers: [OutboxController],
  providers: [OutboxRepository, MailDeliveryService],
  exports: [OutboxRepository, MailDeliveryService],
})
export class MailModule {}
