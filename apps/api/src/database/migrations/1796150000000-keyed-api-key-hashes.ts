import type { MigrationInterface, QueryRunner } from 'typeorm';
import { keyApiKeyHash } from '../../common/crypto/secrets.js';
import { apiKeyPepperOf } from '../../config/app-config.js';

/**
 * API key hashes were plain SHA-256 of the secret; they become HMAC-SHA-256 under the server's
 * pepper of that SHA-256 (`hashApiKeySecret`), computed from the stored hash alone, so every
 * existing key keeps working with the secret its clients hold. The pepper is read where the app
 * reads it (`API_KEY_PEPPER`). Keying cannot be undone without the secrets: going back re-keys
 * nothing, and keys must then be created or imported again.
 */
export class KeyedApiKeyHashes1796150000000 implements MigrationInterface {
  name = 'KeyedApiKeyHashes1796150000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    const pepper = apiKeyPepperOf({ env: process.env });
    const rows = await queryRunner.manager.query<{ id: string; secret_hash: string }[]>('SELECT "id", "secret_hash" FROM "api_keys"');
    const postgres = queryRunner.connection.options.type === 'postgres';
    for (const row of rows) {
      const sql = postgres ? 'UPDATE "api_keys" SET "secret_hash" = $1 WHERE "id" = $2' : 'UPDATE "api_keys" SET "secret_hash" = ? WHERE "id" = ?';
      await queryRunner.query(sql, [keyApiKeyHash({ sha256: row.secret_hash, pepper }), row.id]);
    }
  }

  async down(): Promise<void> {
    // Nothing to undo in the schema; the keyed hashes stay (see above).
  }
}
