import { createHash } from 'node:crypto';

/**
 * R22: the SHA-256 of a migration report, whatever order its lines come in. The dry run hands it
 * out; an apply that names it is refused when the report has changed since, so no loss happens
 * that the administrator was not shown.
 */
export function reportFingerprint({ report }: { report: readonly unknown[] }): string {
  const lines = report.map((line) => JSON.stringify(line)).sort();
  return createHash('sha256').update(JSON.stringify(lines)).digest('hex');
}
