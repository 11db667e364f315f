import { Controller, Get, Inject } from '@nestjs/common';
import { Platform } from '../../auth/access.decorator.js';
import { ProblemError } from '../../common/errors/problem.error.js';
import { API } from '../../common/http/paths.js';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { OutboxRepository } from './outbox.repository.js';
import { Returns } from '../../common/contract/returns.decorator.js';
import { outboxOutputSchema } from './schemas/outbox.output.js';

@Controller(`${API}/outbox`)
export class OutboxController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly outbox: OutboxRepository,
  ) {}

  /** The mail the API would have sent; only in dev sign-in mode. */
  @Get()
  @Platform()
  @Returns(outboxOutputSchema, { operationId: 'listOutbox', summary: 'The mail the API would have sent (dev mode)' })
  async list() {
    if (this.config.authMode !== 'dev') throw new ProblemError('NOT_FOUND', 'The outbox is only open in dev mode');
    const mails = await this.outbox.listAll({ limit: 500 });
    return {
      items: mails.map(({ seq, tenantId, to, subject, text, createdAt, sentAt }) => ({ id: String(seq), tenantId, to, subject, text, createdAt, sentAt })),
    };
  }
}
