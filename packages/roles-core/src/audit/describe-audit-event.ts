/**
 * R24 in words: the audit log's one place of wording. The portals show its sentence and changes,
 * the API's CSV export writes the same, so the log reads alike wherever it is read.
 */
import type { AnyProduct } from '../define-product.js';
import { isAuditAction } from './audit-actions.js';
import { describeChanges } from './audit-changes.js';
import type { AuditEventDescription, AuditEventRecord } from './audit-event.js';
import { AUDIT_SENTENCES } from './audit-sentences.js';
import { AuditWording } from './audit-wording.js';

export function describeAuditEvent({ product, event }: { product: AnyProduct; event: AuditEventRecord }): AuditEventDescription {
  const wording = new AuditWording(product, event);
  const changes = describeChanges(wording);
  // An action this version does not know (written by a newer one) still reads as a sentence.
  const sentence = isAuditAction(event.action)
    ? AUDIT_SENTENCES[event.action](wording, changes)
    : `${wording.actor} made a change (${event.action}) to ${wording.target}.`;
  return { sentence, changes };
}
