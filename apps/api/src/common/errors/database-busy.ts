/**
 * Errors that mean the database did not serve a statement within its bounds — the request was
 * fine, the service was busy — by driver: pg's pool gave no connection in time (or one could not
 * be opened in time); PostgreSQL refused a lock (`55P03` lock_not_available), cancelled a statement
 * (`57014` query_canceled: the statement timeout), ended an idle transaction (`25P03`) or took no
 * more connections (`53300`, `57P03`); SQLite's file stayed busy past the busy timeout.
 */
const POSTGRES_CODES = new Set(['55P03', '57014', '25P03', '53300', '57P03']);
const POOL_MESSAGES = new Set(['timeout exceeded when trying to connect', 'Connection terminated due to connection timeout']);

/** TypeORM wraps a driver's error (`driverError`), copying its `code`; look through a few layers. */
export function databaseBusy({ error }: { error: unknown }): boolean {
  let current: unknown = error;
  for (let depth = 0; depth < 4 && typeof current === 'object' && current !== null; depth += 1) {
    const { code, message, driverError, cause } = current as { code?: unknown; message?: unknown; driverError?: unknown; cause?: unknown };
    if (typeof code === 'string' && (POSTGRES_CODES.has(code) || code.startsWith('SQLITE_BUSY'))) return true;
    if (typeof message === 'string' && POOL_MESSAGES.has(message)) return true;
    current = driverError ?? cause;
  }
  return false;
}
