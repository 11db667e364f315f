import { Inject, Injectable, Logger } from '@nestjs/common';
import nodemailer, { type Transporter } from 'nodemailer';
import { APP_CONFIG, type AppConfig } from '../../config/app-config.js';
import { TransactionRepository } from '../../database/transaction.repository.js';
import { OutboxRepository } from './outbox.repository.js';

/**
 * Delivers queued mail after the change that wrote it has committed, so a rolled-back change
 * sends nothing. Without SMTP_URL mail stays in the outbox for `GET /api/v1/outbox`.
 */
@Injectable()
export class MailDeliveryService {
  private readonly logger = new Logger('Mail');
  private readonly transport: Transporter | null;
  private running: Promise<void> = Promise.resolve();

  constructor(
    @Inject(APP_CONFIG) config: AppConfig,
    private readonly outbox: OutboxRepository,
    private readonly transactions: TransactionRepository,
  ) {
    this.transport = config.smtpUrl ? nodemailer.createTransport(config.smtpUrl) : null;
  }

  /** Sends what is pending; calls queue up so each mail goes once. */
  deliverPending(): Promise<void> {
    if (!this.transport) return Promise.resolve();
    this.running = this.running.then(() => this.sendBatch()).catch((error: unknown) => this.logger.error(error));
    return this.running;
  }

  private async sendBatch(): Promise<void> {
    const transport = this.transport;
    if (!transport) return;
    for (const mail of await this.outbox.listUnsent({ limit: 100 })) {
      await transport.sendMail({ from: 'Loome <no-reply@loome.local>', to: mail.to, subject: mail.subject, text: mail.text });
      await this.transactions.runWrite({ work: (tx) => this.outbox.markSent({ tx, seq: mail.seq }) });
    }
  }
}
