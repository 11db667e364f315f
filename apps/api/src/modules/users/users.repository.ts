import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
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

  /** The user an OpenID identity is linked to, if any. */
  async findByOidcIdentity({ tx, issuer, subject }: { tx: Tx; issuer: string; subject: string }): Promise<UserEntity | null> {
    return tx.manager.findOneBy(UserEntity, { oidcIssuer: issuer, oidcSubject: subject });
  }

  /** Links a user that has no OpenID identity yet; answers false when it had one already. */
  async linkOidcIdentity({ tx, userId, issuer, subject }: { tx: Tx; userId: string; issuer: string; subject: string }): Promise<boolean> {
    const linked = await tx.manager.update(UserEntity, { id: userId, oidcSubject: IsNull() }, { oidcIssuer: issuer, oidcSubject: subject });
    return linked.affected === 1;
  }

  /**
   * R4, R24: marks the user's first sign-in, answering whether this call did it. The conditional
   * update waits for a concurrent one (PostgreSQL row lock) and then finds the mark already set, so
   * of two simultaneous first sign-ins exactly one accepts the invitations and records it.
   */
  async claimFirstSignIn({ tx, userId }: { tx: Tx; userId: string }): Promise<boolean> {
    const result = await tx.manager
      .createQueryBuilder()
      .update(UserEntity)
      .set({ firstSignedInAt: nowIso() })
      .where('id = :userId AND first_signed_in_at IS NULL', { userId })
      .execute();
    return result.affected === 1;
  }
}
