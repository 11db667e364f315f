import { Injectable } from '@nestjs/common';
import { newId, nowIso } from '../../common/crypto/secrets.js';
import type { Tx } from '../../database/transaction.repository.js';
import { UserEntity } from './entities/user.entity.js';

/** Global users, identified by lower-case email. */
@Injectable()
export class UsersRepository {
  async findOrCreate({ tx, email }: { tx: Tx; email: string }): Promise<UserEntity> {
    const lower = email.toLowerCase();
    await tx.manager
      .createQueryBuilder()
      .insert()
      .into(UserEntity)
      .values({ id: newId(), email: lower, name: lower.split('@')[0] ?? lower, firstSignedInAt: null, createdAt: nowIso() })
      .orIgnore()
      .execute();
    return tx.manager.findOneByOrFail(UserEntity, { email: lower });
  }
}
