/**
 * A past-tense fact recorded by a service, e.g. `org.department.moved`. `payload` carries ids and routing fields;
 * `before`/`after` are snapshots for the audit log and never leave the server.
 */
export interface RecordedEvent {
  type: string;
  /** Only when the fact belongs to another tenant than the actor's (a platform admin creating an organisation). */
  tenantId?: string;
  /** Only when there is no signed-in actor but the fact has one (a person signing in). */
  actorId?: string;
  actorName?: string;
  subjectType: string;
  subjectId: string;
  /** A human name for the subject (a department's or person's name) shown in the audit log. */
  subjectLabel?: string | null;
  payload: Record<string, unknown>;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
}

/** An event as delivered to subscribers, after it was committed and given its per-tenant sequence. */
export interface DeliveredEvent {
  id: string;
  tenantId: string;
  sequence: number;
  /**
   * The organisation's access version when the event was given its sequence (never sent to clients): every access
   * change committed before then is included, so a subscriber's ability as of this version is new enough to judge it.
   */
  accessVersion: number;
  type: string;
  subjectType: string;
  subjectId: string;
  actorId: string | null;
  payload: Record<string, unknown>;
  occurredAt: string;
}
