/** An audit event as the log holds it (R24), and what the log shows a person for it. */

/** Who acted: a user (with their email), an API key, the platform, a SCIM token, or the system. */
export interface AuditActorRef {
  kind: string;
  id: string;
  email?: string;
}

/** A snapshot of what the change touched, before or after it; null where there was nothing. */
export type AuditSnapshot = Readonly<Record<string, unknown>> | null;

/**
 * Display names of what the event refers to, by reference (`project:<id>`, `apiKey:<id>`,
 * `group:<id>`…), as the API knows them when it answers.
 */
export type AuditNames = Readonly<Record<string, string>>;

export interface AuditEventRecord {
  action: string;
  actor: AuditActorRef;
  /** `kind:id`, e.g. `user:bob@example.com`, `apiKey:<id>`, `project:<id>`. */
  target: string;
  before: AuditSnapshot;
  after: AuditSnapshot;
  names?: AuditNames;
}

/** One field the change touched, in words. */
export interface AuditFieldChange {
  field: string;
  before: string;
  after: string;
}

export interface AuditEventDescription {
  /** The whole change in one sentence: who did what to whom. */
  sentence: string;
  /** Before and after, field by field, for whoever wants the detail. */
  changes: AuditFieldChange[];
}
