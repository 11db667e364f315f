import { Injectable } from '@nestjs/common';
import { LessThan } from 'typeorm';
import { hashSecret, nowIso } from '../../common/crypto/secrets.js';
import type { Tx } from '../../database/transaction.repository.js';
import { SignInAttemptEntity } from '../entities/sign-in-attempt.entity.js';

export interface SignInAttempt {
  codeVerifier: string;
  nonce: string;
  redirectUri: string;
  returnTo: string;
}

/** Sign-in attempts in the database, so the process that finishes one need not be the one that began it. */
@Injectable()
export class SignInAttemptsRepository {
  async store({ tx, state, attempt, expiresAt }: { tx: Tx; state: string; attempt: SignInAttempt; expiresAt: string }): Promise<void> {
    // Abandoned attempts go as new ones arrive: the table holds only the last few minutes' sign-ins.
    await tx.manager.delete(SignInAttemptEntity, { expiresAt: LessThan(nowIso()) });
    await tx.manager.insert(SignInAttemptEntity, { stateHash: hashSecret({ secret: state }), ...attempt, expiresAt });
  }

  /**
   * The attempt of `state` while it lives, removed as it is read: of two callers with the same
   * state only the one whose delete removed the row gets it, on any number of processes.
   */
  async consume({ tx, state }: { tx: Tx; state: string }): Promise<SignInAttempt | null> {
    const stateHash = hashSecret({ secret: state });
    const row = await tx.manager.findOneBy(SignInAttemptEntity, { stateHash });
    if (!row) return null;
    const deleted = await tx.manager.delete(SignInAttemptEntity, { stateHash });
    if (deleted.affected !== 1 || !(row.expiresAt > nowIso())) return null;
    return { codeVerifier: row.codeVerifier, nonce: row.nonce, redirectUri: row.redirectUri, returnTo: row.returnTo };
  }
}
