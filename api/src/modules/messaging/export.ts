import type { RequestContext } from '../../core/context/request-context.js';
import { sql, tenantSql, TENANT } from '../../core/database/sql.js';
import { AppError, assertNoProblems, notFound } from '../../core/errors/app-error.js';
import { csvText } from '../../core/export/csv.js';
import { Conversation, ConversationMember } from './conversation.entity.js';
import { conversationSubject, isPersonal } from './conversations.service.js';
import { isHeld } from './legal-holds.service.js';

/** The most messages one export holds; a longer conversation is exported a period at a time. */
export const MAX_EXPORT_MESSAGES = 20_000;

/** On what footing the caller exports: what they may see decides what the file holds. */
export enum ExportBasis {
  /** A member: the conversation as its members see it. */
  MEMBER = 'MEMBER',
  /** A moderator of a group or channel: as its members see it. */
  MODERATOR = 'MODERATOR',
  /** Under a legal hold: also every version an edit, recall or removal replaced while the hold was in force. */
  LEGAL_HOLD = 'LEGAL_HOLD',
}

export type ExportFormat = 'CSV' | 'JSON';

/** A conversation's export, ready to download. */
export interface ConversationExportFile {
  fileName: string;
  contentType: string;
  base64: string;
  messages: number;
  basis: ExportBasis;
}

interface ExportedRow {
  seq: number;
  sent_at: Date;
  sender_id: string | null;
  sender_name: string | null;
  kind: string;
  body: string | null;
  location: { latitude: number; longitude: number; name: string | null; address: string | null } | null;
  reply_to_seq: number | null;
  important: boolean;
  edited_at: Date | null;
  recalled_at: Date | null;
  held_versions: { cause: string; body: string | null; location: ExportedRow['location']; changed_at: string; changed_by: string | null }[] | null;
}

/**
 * The caller's footing for exporting a conversation, strongest first: a holder (`hold Conversation`) of a conversation
 * a hold covers, a moderator of a group or channel, or a member. Anyone else gets NOT_FOUND.
 */
async function exportBasis(ctx: RequestContext, conversation: Conversation): Promise<ExportBasis> {
  const subject = conversationSubject(conversation);
  if (ctx.can('hold', 'Conversation') && (await isHeld(ctx.em, ctx.tenantId, conversation.id))) return ExportBasis.LEGAL_HOLD;
  if (!isPersonal(conversation) && ctx.can('moderate', 'Conversation', subject)) return ExportBasis.MODERATOR;
  const member = await ctx.em.findOne(ConversationMember, { conversation: conversation.id, person: ctx.requireActor().personId, leftAt: null });
  if (member && ctx.can('read', 'Conversation', subject)) return ExportBasis.MEMBER;
  throw notFound('Conversation', conversation.id);
}

/**
 * Exports a conversation's messages sent in [from, to) — all of it without bounds — as CSV (UTF-8 with BOM, for Excel)
 * or JSON, times in UTC. Audited with its footing and size: a conversation leaving Harbour is an admin's concern even when
 * a member takes it.
 */
export async function exportConversation(ctx: RequestContext, conversationId: string, input: { format: ExportFormat; from?: Date | null; to?: Date | null }): Promise<ConversationExportFile> {
  if (input.from && input.to && input.from.getTime() >= input.to.getTime()) assertNoProblems([{ field: 'to', code: 'INVALID_VALUE' }]);
  const conversation = await ctx.em.findOne(Conversation, { id: conversationId });
  if (!conversation) throw notFound('Conversation', conversationId);
  const basis = await exportBasis(ctx, conversation);
  const rows = await tenantSql<ExportedRow>(
    ctx.em,
    ctx.tenantId,
    sql`select m.seq, m.created_at as sent_at, m.sender_id, p.display_name as sender_name, m.kind, m.body, m.location, r.seq as reply_to_seq,
          m.important, m.edited_at, m.recalled_at,
          ${
            basis === ExportBasis.LEGAL_HOLD
              ? sql`(select json_agg(json_build_object('cause', v.cause, 'body', v.body, 'location', v.location, 'changed_at', v.created_at, 'changed_by', v.changed_by_id) order by v.created_at)
                   from messaging_held_version v where v.message_id = m.id and v.tenant_id = ${TENANT})`
              : sql`null`
          } as held_versions
        from message m
        left join person p on p.id = m.sender_id
        left join message r on r.id = m.reply_to_id
       where m.tenant_id = ${TENANT} and m.conversation_id = ${conversation.id}
         and (${input.from ?? null}::timestamptz is null or m.created_at >= ${input.from ?? null})
         and (${input.to ?? null}::timestamptz is null or m.created_at < ${input.to ?? null})
       order by m.seq
       limit ${MAX_EXPORT_MESSAGES + 1}`,
  );
  if (rows.length > MAX_EXPORT_MESSAGES) throw new AppError('MESSAGING_EXPORT_TOO_LARGE', { max: MAX_EXPORT_MESSAGES });
  const fileName = `conversation-${conversation.id.slice(0, 8)}-${ctx.now().toISOString().slice(0, 10)}`;
  const file =
    input.format === 'JSON'
      ? { fileName: `${fileName}.json`, contentType: 'application/json', text: JSON.stringify(jsonExport(conversation, basis, rows), null, 2) }
      : { fileName: `${fileName}.csv`, contentType: 'text/csv; charset=utf-8', text: csvExport(rows) };
  await ctx.transaction(async () => {
    ctx.record({
      type: 'messaging.conversation.exported',
      subjectType: 'Conversation',
      subjectId: conversation.id,
      subjectLabel: conversation.title,
      payload: { conversationId: conversation.id, basis, messages: rows.length, format: input.format },
    });
  });
  return { fileName: file.fileName, contentType: file.contentType, base64: Buffer.from(file.text, 'utf8').toString('base64'), messages: rows.length, basis };
}

const iso = (at: Date | string | null) => (at ? new Date(at).toISOString() : '');

function jsonExport(conversation: Conversation, basis: ExportBasis, rows: ExportedRow[]) {
  return {
    conversation: { id: conversation.id, kind: conversation.kind, title: conversation.title, createdAt: conversation.createdAt.toISOString() },
    basis,
    messages: rows.map((row) => ({
      seq: row.seq,
      sentAt: iso(row.sent_at),
      sender: row.sender_id ? { id: row.sender_id, name: row.sender_name } : null,
      kind: row.kind,
      text: row.body,
      location: row.location,
      replyToSeq: row.reply_to_seq,
      important: row.important,
      editedAt: row.edited_at ? iso(row.edited_at) : null,
      recalledAt: row.recalled_at ? iso(row.recalled_at) : null,
      ...(basis === ExportBasis.LEGAL_HOLD ? { heldVersions: row.held_versions ?? [] } : {}),
    })),
  };
}

const CSV_HEADER = [
  'seq',
  'sent_at_utc',
  'sender_id',
  'sender',
  'kind',
  'text',
  'latitude',
  'longitude',
  'place',
  'address',
  'reply_to_seq',
  'important',
  'edited_at_utc',
  'recalled_at_utc',
  'version',
];

/** One line per message; under a legal hold, each held version follows its message on a line of its own (`version` says why it was replaced). */
function csvExport(rows: ExportedRow[]): string {
  const line = (row: ExportedRow, body: string | null, location: ExportedRow['location'], version: string) => [
    row.seq,
    iso(row.sent_at),
    row.sender_id ?? '',
    row.sender_name ?? '',
    row.kind,
    body ?? '',
    location?.latitude ?? '',
    location?.longitude ?? '',
    location?.name ?? '',
    location?.address ?? '',
    row.reply_to_seq ?? '',
    row.important ? 'yes' : '',
    iso(row.edited_at),
    iso(row.recalled_at),
    version,
  ];
  return csvText([
    CSV_HEADER,
    ...rows.flatMap((row) => [
      line(row, row.body, row.location, 'current'),
      ...(row.held_versions ?? []).map((held) => line(row, held.body, held.location, `${held.cause.toLowerCase()} ${held.changed_at}`)),
    ]),
  ]);
}
