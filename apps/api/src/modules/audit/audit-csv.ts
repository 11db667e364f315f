/**
 * R24: one audit event as a CSV row, in the words the portals show it (the core's one wording)
 * with its stored snapshots beside them for whoever processes the file.
 */
import { actorPhrase, describeAuditEvent, type AnyProduct, type AuditEventRecord } from '@loome/roles-core';
import { stringify, type Options } from 'csv-stringify';

export const AUDIT_CSV_HEADER = ['When (UTC)', 'Who', 'What happened', 'Action', 'Target', 'Changes', 'Before', 'After', 'Event id'];

/**
 * RFC 4180 with CRLF, a byte-order mark so spreadsheets read UTF-8, and every cell a spreadsheet
 * would run as a formula (`=`, `+`, `-`, `@`, tab, CR first) prefixed with a quote.
 */
const CSV_OPTIONS: Options = { bom: true, record_delimiter: 'windows', escape_formulas: true };

export function auditCsvStringifier() {
  return stringify(CSV_OPTIONS);
}

const snapshotText = (snapshot: AuditEventRecord['before']) => (snapshot === null ? '' : JSON.stringify(snapshot));

export function auditCsvRecord({ product, event }: { product: AnyProduct; event: AuditEventRecord & { id: string; at: string } }): string[] {
  const { sentence, changes } = describeAuditEvent({ product, event });
  return [
    event.at,
    actorPhrase({ actor: event.actor, names: event.names ?? {} }),
    sentence,
    event.action,
    event.target,
    changes.map((change) => `${change.field}: ${change.before} → ${change.after}`).join('; '),
    snapshotText(event.before),
    snapshotText(event.after),
    event.id,
  ];
}
