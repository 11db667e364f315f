// The audit log (R24): the actions it records and the words it reads in.
export { AUDIT_ACTIONS, isAuditAction, type AuditAction } from './audit-actions.js';
export type { AuditActorRef, AuditEventDescription, AuditEventRecord, AuditFieldChange, AuditNames, AuditSnapshot } from './audit-event.js';
export { describeAuditEvent } from './describe-audit-event.js';
export { auditActionChoices, auditActionLabel, type AuditActionChoiceGroup } from './audit-action-choices.js';
export { actorPhrase, formatAuditTime, splitReference } from './audit-phrases.js';
