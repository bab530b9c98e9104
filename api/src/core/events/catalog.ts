import type { RecordedEvent } from './event.js';

/** The type of one payload field, as integrators see it in schema/events/. */
export type PayloadFieldType = 'uuid' | 'uuid[]' | 'string' | 'integer' | 'date-time';

/** A payload field: its type, whether it may be null, and what it means. */
export interface PayloadField {
  type: PayloadFieldType;
  nullable?: boolean;
  description: string;
}

/**
 * The contract of one event type: what happened, which ids/routing fields its payload carries, and what recording it
 * costs the organisation. Both flags are required: a new event type states them, it never inherits a default.
 */
export interface EventDefinition {
  type: string;
  description: string;
  payload: Record<string, PayloadField>;
  /**
   * Whether the fact can change what someone may do or whether their sign-in still holds: roles and their rules, role
   * assignments, memberships, the department tree and its leaders, a person's status, sessions ended. Recording one
   * moves the organisation's access version, so every cached ability and list of ended sessions is re-read once —
   * never declare it for high-volume facts (punches, messages, read marks, sign-ins).
   */
  touchesAccess: boolean;
  /**
   * Whether each fact is chained into the tamper-evident audit log. Decisions and admin actions are; high-volume facts
   * are only streamed (the outbox keeps them, integrators receive them) so that they never queue behind the chain head
   * of their organisation. A fact that touches access is always audited.
   */
  audit: boolean;
}

const catalog = new Map<string, EventDefinition>();

/**
 * Adds a module's event types (at start-up). Refuses a definition that does not state `touchesAccess` and `audit` (a
 * JavaScript caller or a cast can skip the types), and an access change that would escape the audit log.
 */
export function registerEvents(definitions: EventDefinition[]): void {
  for (const definition of definitions) {
    if (typeof definition.touchesAccess !== 'boolean' || typeof definition.audit !== 'boolean') {
      throw new Error(`Event ${definition.type} must declare touchesAccess and audit (true or false)`);
    }
    if (definition.touchesAccess && !definition.audit) throw new Error(`Event ${definition.type} touches access, so it must be audited`);
    catalog.set(definition.type, definition);
  }
}

/** The declaration of a recorded event's type; throws for an undeclared one (see assertDeclared). */
export function eventDefinition(type: string): EventDefinition {
  const definition = catalog.get(type);
  if (!definition) throw new Error(`Event ${type} is not declared in its module's events`);
  return definition;
}

/** Every declared event type, sorted. */
export function allEvents(): EventDefinition[] {
  return [...catalog.values()].sort((a, b) => a.type.localeCompare(b.type));
}

/**
 * Refuses an event whose type is not declared or whose payload keys differ from the declaration, so the published
 * JSON Schemas can never fall behind what is actually sent.
 */
export function assertDeclared(event: RecordedEvent): void {
  const definition = eventDefinition(event.type);
  const declared = Object.keys(definition.payload).sort().join(',');
  const sent = Object.keys(event.payload).sort().join(',');
  if (declared !== sent) throw new Error(`Event ${event.type} payload has keys [${sent}] but declares [${declared}]`);
}

const jsonTypes: Record<PayloadFieldType, Record<string, unknown>> = {
  uuid: { type: 'string', format: 'uuid' },
  'uuid[]': { type: 'array', items: { type: 'string', format: 'uuid' } },
  string: { type: 'string' },
  integer: { type: 'integer' },
  'date-time': { type: 'string', format: 'date-time' },
};

/** The JSON Schema (2020-12) of an event as delivered by the `events` subscription. */
export function eventJsonSchema(definition: EventDefinition): Record<string, unknown> {
  const payloadProperties = Object.fromEntries(
    Object.entries(definition.payload).map(([name, field]) => {
      const base = jsonTypes[field.type];
      const schema = field.nullable ? { ...base, type: [base.type, 'null'] } : base;
      return [name, { ...schema, description: field.description }];
    }),
  );
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `harbour:event:${definition.type}`,
    title: definition.type,
    description: definition.description,
    type: 'object',
    required: ['id', 'sequence', 'type', 'subjectType', 'subjectId', 'actorId', 'payload', 'occurredAt'],
    properties: {
      id: { type: 'string', format: 'uuid', description: 'Event id.' },
      sequence: { type: 'integer', description: 'Position in the organisation’s event stream (resume cursor).' },
      type: { const: definition.type },
      subjectType: { type: 'string', description: 'Type of the record the event is about.' },
      subjectId: { type: 'string', format: 'uuid', description: 'Id of the record the event is about.' },
      actorId: { type: ['string', 'null'], format: 'uuid', description: 'The person who caused it.' },
      occurredAt: { type: 'string', format: 'date-time', description: 'When it was committed.' },
      payload: { type: 'object', additionalProperties: false, required: Object.keys(definition.payload), properties: payloadProperties },
    },
  };
}
