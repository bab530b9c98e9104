import { actionKey, targetTypeKey } from './auditLabels';
import type { AuditEntry } from './dataProvider';

/** react-admin's `translate`, as the sentence needs it. */
export type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The translation key of an action's sentence ("org.department.moved" → "harbour.audit.sentences.org_department_moved"). */
export const sentenceKey = (action: string) => `harbour.audit.sentences.${action.replace(/\./g, '_')}`;

// Returned by translate for a key the catalog lacks; a name can never equal it, so it cannot be mistaken for a sentence.
const MISSING = '\u0000missing\u0000';

type Snapshot = Record<string, unknown>;
type AuditReference = AuditEntry['references'][number];

const idsIn = (value: unknown): string[] => (Array.isArray(value) ? value.filter((id): id is string => typeof id === 'string') : []);
const text = (value: unknown): string | null => (typeof value === 'string' ? value : null);

/** A record the entry names, as the reader sees it: its name now (marked when archived or left), or "not shown". */
export function referenceName(reference: Pick<AuditReference, 'type' | 'name' | 'archived'>, translate: Translate): string {
  if (!reference.name) return translate('harbour.audit.hidden_record', { type: translate(targetTypeKey(reference.type), { _: reference.type }) });
  if (!reference.archived) return reference.name;
  return translate(reference.type === 'Person' ? 'harbour.audit.archived_person' : 'harbour.audit.archived_record', { name: reference.name });
}

/**
 * One audit entry as a sentence in the console's language ("李家明 將「地盤三組」移至「工程部」"): the action's template
 * (`harbour.audit.sentences.*`, one per event type), filled with the names the API resolved when the log was read. A
 * record the reader may not see (or that is gone) falls back to what the entry recorded at the time (the actor's and
 * the target's names) or to a "not shown" placeholder; an action without a template gets a generic sentence.
 */
export function auditSentence(entry: AuditEntry, translate: Translate): string {
  const references = new Map(entry.references.map((reference) => [`${reference.type}:${reference.id}`, reference]));
  const typeName = (type: string) => translate(targetTypeKey(type), { _: type });
  const named = (type: string, id: string, recorded?: string | null): string => {
    const reference = references.get(`${type}:${id}`);
    // The name now when the reader may see it, else the one the entry recorded at the time (actor and target only).
    if (reference?.name || !recorded) return referenceName(reference ?? { type, name: null, archived: false }, translate);
    return recorded;
  };
  const list = (type: string, ids: string[]) => (ids.length ? ids.map((id) => named(type, id)).join(translate('harbour.audit.list_separator')) : translate('harbour.audit.nobody'));
  const department = (id: unknown) => (typeof id === 'string' ? named('Department', id) : translate('harbour.audit.top_level'));

  const before: Snapshot = entry.before ?? {};
  const after: Snapshot = entry.after ?? {};
  const scopeId = after.scopeDepartmentId ?? before.scopeDepartmentId;
  const values = {
    actor: entry.actorId ? named('Person', entry.actorId, entry.actorName) : (entry.actorName ?? translate('harbour.audit.system_actor')),
    // A target the API does not name (an account, a record of a module whose names it does not resolve) is called by its
    // recorded label, else by its type.
    target: named(entry.targetType, entry.targetId, entry.targetLabel ?? (references.has(`${entry.targetType}:${entry.targetId}`) ? null : typeName(entry.targetType))),
    action: translate(actionKey(entry.action), { _: entry.action }),
    parent: department(after.parentId),
    to: department(after.parentId),
    from: department(before.parentId),
    old: text(before.name) ?? entry.targetLabel ?? '',
    new: text(after.name) ?? entry.targetLabel ?? '',
    leaders: list('Person', idsIn(after.leaderIds)),
    departments: list('Department', idsIn(after.departmentIds)),
    department: department(after.departmentId ?? before.departmentId),
    manager: typeof after.managerId === 'string' ? named('Person', after.managerId) : translate('harbour.audit.nobody'),
    role: text(after.role) ?? text(before.role) ?? '',
    position: typeof after.sortOrder === 'number' ? String(after.sortOrder) : '',
    scope: typeof scopeId === 'string' ? translate('harbour.audit.scope', { department: named('Department', scopeId) }) : '',
  };
  const sentence = translate(sentenceKey(entry.action), { ...values, _: MISSING });
  return sentence === MISSING ? translate('harbour.audit.sentence_generic', values) : sentence;
}
