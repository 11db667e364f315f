import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, IsNull } from 'typeorm';
import { nowIso } from '../../common/crypto/secrets.js';
import type { Tx } from '../../database/transaction.repository.js';
import { insertMany } from '../tenants/bulk-writes.js';
import { OutboxMailEntity } from './entities/outbox-mail.entity.js';

export interface QueuedMail {
  tenantId: string;
  to: string;
  subject: string;
  text: string;
}

@Injectable()
export class OutboxRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async queue({ tx, mail }: { tx: Tx; mail: QueuedMail }): Promise<void> {
    await this.queueMany({ tx, mails: [mail] });
  }

  /** One statement for many mails: a bulk invitation queues thousands. */
  async queueMany({ tx, mails }: { tx: Tx; mails: readonly QueuedMail[] }): Promise<void> {
    const createdAt = nowIso();
    await insertMany({ manager: tx.manager, target: OutboxMailEntity, rows: mails.map((mail) => ({ ...mail, createdAt, sentAt: null })) });
  }

  async listUnsent({ limit }: { limit: number }): Promise<OutboxMailEntity[]> {
    return this.dataSource.manager.find(OutboxMailEntity, { where: { sentAt: IsNull() }, order: { seq: 'ASC' }, take: limit });
  }

  async markSent({ tx, seq }: { tx: Tx; seq: number }): Promise<void> {
    await tx.manager.update(OutboxMailEntity, { seq }, { sentAt: nowIso() });
  }

  async listAll({ limit }: { limit: number }): Promise<OutboxMailEntity[]> {
    return this.dataSource.manager.find(OutboxMailEntity, { order: { seq: 'DESC' }, take: limit });
  }
}
