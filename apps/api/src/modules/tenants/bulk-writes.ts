import type { Effect } from '@loome/roles-core';
import type { EntityManager, EntityTarget, ObjectLiteral } from 'typeorm';
import { newId, nowIso } from '../../common/crypto/secrets.js';
import { UserEntity } from '../users/entities/user.entity.js';

/** Rows a statement: far below SQLite's 32,766 and PostgreSQL's 65,535 bound parameters. */
const ROWS_A_STATEMENT = 500;

function chunks<T>(rows: readonly T[]): T[][] {
  const parts: T[][] = [];
  for (let start = 0; start < rows.length; start += ROWS_A_STATEMENT) parts.push(rows.slice(start, start + ROWS_A_STATEMENT));
  return parts;
}

/** Inserts many rows in few statements; `ignoreExisting` skips rows whose key is already there. */
export async function insertMany<T extends ObjectLiteral>({
  manager,
  target,
  rows,
  ignoreExisting = false,
}: {
  manager: EntityManager;
  target: EntityTarget<T>;
  rows: readonly Partial<T>[];
  ignoreExisting?: boolean;
}): Promise<void> {
  for (const part of chunks(rows)) {
    const insert = manager.createQueryBuilder().insert().into(target).values(part).updateEntity(false);
    await (ignoreExisting ? insert.orIgnore() : insert).execute();
  }
}

/** Every email an effect names a user by (and would create a never-signed-in user for). */
export function emailsNamedBy({ effects }: { effects: readonly Effect[] }): string[] {
  const emails = effects.flatMap((effect): (string | null)[] => {
    switch (effect.type) {
      case 'grant-application-role':
      case 'revoke-application-role':
      case 'grant-project-role':
      case 'revoke-project-role':
        return effect.principal.kind === 'user' ? [effect.principal.email] : [];
      case 'grant-legacy-role':
      case 'revoke-legacy-role':
        return [effect.email];
      case 'create-record':
      case 'set-record-assignee':
        return [effect.assigneeEmail];
      case 'create-communication-rule':
        return [...effect.recipientEmails];
      case 'set-department-members':
        return [...effect.memberEmails];
      default:
        return [];
    }
  });
  return [...new Set(emails.filter((email): email is string => email !== null).map((email) => email.toLowerCase()))];
}

/**
 * The global id of every email, creating never-signed-in users for new ones: a few statements
 * for the whole list instead of three round trips an email (10,000 invitations took seconds).
 * Another tenant's transaction may create the same user at the same moment, hence `ignoreExisting`.
 */
export async function ensureUsers({ manager, emails }: { manager: EntityManager; emails: readonly string[] }): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  const read = async (part: string[]) => {
    const rows = await manager
      .createQueryBuilder()
      .select('u.id', 'id')
      .addSelect('u.email', 'email')
      .from('users', 'u')
      .where('u.email IN (:...part)', { part })
      .getRawMany<{ id: string; email: string }>();
    for (const row of rows) ids.set(row.email, row.id);
  };
  for (const part of chunks(emails)) await read(part);
  const missing = emails.filter((email) => !ids.has(email));
  const createdAt = nowIso();
  await insertMany({
    manager,
    target: UserEntity,
    rows: missing.map((email) => ({ id: newId(), email, name: email.split('@')[0] ?? email, firstSignedInAt: null, createdAt })),
    ignoreExisting: true,
  });
  for (const part of chunks(missing)) await read(part);
  return ids;
}
