import DataLoader from 'dataloader';
import type { EntityManager } from '@mikro-orm/postgresql';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../core/context/request-context.js';
import { badInput, type FieldProblem } from '../../core/errors/app-error.js';
import type { MessageCatalog } from '../../core/i18n/i18n.js';
import { attachFile, filesAttachedTo, StoredFile, type FilePurpose } from '../../core/storage/index.js';
import { asMember } from './conversations.service.js';
import { Message, MessageKind } from './message.entity.js';

/** The file purpose of message attachments (core/storage). */
export const ATTACHMENT_PURPOSE = 'messaging.attachment';
/** Files one IMAGE or FILE message carries at most (a grid of nine photos, as chat apps show them). */
export const MAX_ATTACHMENTS = 9;
const MiB = 1024 * 1024;

/** What each kind of message carries, by the attached files' sniffed types. */
const KIND_TYPES: Partial<Record<MessageKind, RegExp>> = {
  [MessageKind.IMAGE]: /^image\//,
  [MessageKind.FILE]: /./,
  [MessageKind.VOICE]: /^audio\//,
  [MessageKind.VIDEO]: /^video\//,
};
/** Kinds whose one file plays for a while: the sending app says how long. */
const TIMED = new Set<MessageKind>([MessageKind.VOICE, MessageKind.VIDEO]);

/** Whether messages of this kind carry files. */
export const carriesFiles = (kind: MessageKind): boolean => kind in KIND_TYPES;

/**
 * Photos, documents, voice and video in chats: 25 MB a file, 100 MB a video, voice and video up to half an hour.
 * Office documents and archives count as files; anything the bytes show to be something else (an executable renamed
 * .pdf) is refused by the store. A file attached to a message is read by exactly those who read the message: the
 * conversation's current members — and by nobody once the message is recalled or removed.
 */
export const attachmentPurpose: FilePurpose = {
  name: ATTACHMENT_PURPOSE,
  maxBytes: 25 * MiB,
  maxBytesByType: { 'video/*': 100 * MiB },
  types: [
    'image/jpeg',
    'image/png',
    'image/gif',
    'image/webp',
    'image/heic',
    'image/heif',
    'image/avif',
    'audio/*',
    'video/*',
    'application/pdf',
    'text/plain',
    'application/rtf',
    // Word, Excel and PowerPoint (and the old binary formats, which the bytes show as one compound-file type).
    'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    'application/vnd.openxmlformats-officedocument.presentationml.presentation',
    'application/x-cfb',
    'application/vnd.oasis.opendocument.text',
    'application/vnd.oasis.opendocument.spreadsheet',
    'application/vnd.oasis.opendocument.presentation',
    'application/zip',
    'application/x-7z-compressed',
    'application/x-rar-compressed',
    'application/vnd.rar',
  ],
  thumbnails: true,
  maxDurationSeconds: 30 * 60,
  canRead: async (ctx, em, attachedTo) => {
    if (attachedTo.subjectType !== 'Message') return false;
    const message = await em.findOne(Message, { id: attachedTo.subjectId });
    if (!message || message.recalledAt) return false;
    try {
      await asMember(ctx, em, message.conversation.id);
      return true;
    } catch {
      return false;
    }
  },
};

/** What a send says about its files. */
export interface AttachmentInput {
  kind: MessageKind;
  attachmentIds?: string[] | null;
  durationSeconds?: number | null;
}

/** The problems of a send's files before anything is loaded: how many for its kind, and a duration where one plays. */
export function attachmentProblems(input: AttachmentInput): FieldProblem[] {
  const ids = input.attachmentIds ?? [];
  const problems: FieldProblem[] = [];
  if (!carriesFiles(input.kind)) {
    if (ids.length) problems.push({ field: 'attachmentIds', code: 'MESSAGING_ATTACHMENTS_NOT_FOR_KIND', params: { kind: input.kind } });
  } else if (ids.length === 0) problems.push({ field: 'attachmentIds', code: 'REQUIRED' });
  else if (new Set(ids).size !== ids.length) problems.push({ field: 'attachmentIds', code: 'INVALID_VALUE' });
  else if (ids.length > (TIMED.has(input.kind) ? 1 : MAX_ATTACHMENTS)) problems.push({ field: 'attachmentIds', code: 'TOO_MANY_ITEMS', params: { max: TIMED.has(input.kind) ? 1 : MAX_ATTACHMENTS } });
  if (TIMED.has(input.kind) && input.durationSeconds == null) problems.push({ field: 'durationSeconds', code: 'REQUIRED' });
  if (!TIMED.has(input.kind) && input.durationSeconds != null) problems.push({ field: 'durationSeconds', code: 'MESSAGING_DURATION_NOT_FOR_KIND' });
  return problems;
}

/**
 * Attaches the send's files to the new message, in the send's transaction: each must be the sender's own READY upload
 * for messaging, attached nowhere yet (core's attachFile), and of the message's kind (IMAGE images, VOICE audio, VIDEO
 * video, FILE anything). A send replayed by its clientMessageId returns before this, so files are attached once.
 */
export async function attachToMessage(ctx: RequestContext, em: EntityManager, message: Message, input: AttachmentInput): Promise<void> {
  const pattern = KIND_TYPES[input.kind];
  if (!pattern || !input.attachmentIds?.length) return;
  // The message row first: a concurrent send with the same clientMessageId then waits on its unique index and is
  // answered with the first message (sendMessage's replay), instead of finding the files taken by it.
  await em.flush();
  const me = ctx.requireActor().personId;
  for (const id of input.attachmentIds) {
    // The kind is checked before attaching (which checks a duration against the file's type); someone else's file is
    // left to attachFile, which answers NOT_FOUND without telling what it is.
    const own = await em.findOne(StoredFile, { id, uploaderId: me });
    if (own?.contentType && !pattern.test(own.contentType)) throw badInput({ field: 'attachmentIds', code: 'MESSAGING_ATTACHMENT_WRONG_KIND', params: { name: own.name, kind: input.kind } });
    await attachFile(ctx, em, id, {
      subjectType: 'Message',
      subjectId: message.id,
      purpose: ATTACHMENT_PURPOSE,
      durationSeconds: TIMED.has(input.kind) ? input.durationSeconds : null,
    });
  }
}

/** A message's files, batched per request (one query for a page of history). */
const attachmentsOf = (ctx: RequestContext) =>
  new DataLoader<string, StoredFile[]>(async (ids) => {
    const files = await filesAttachedTo(ctx.em, 'Message', ids);
    return ids.map((id) => files.get(id) ?? []);
  });

/** `Message.attachments`: a message is only ever shown to members of its conversation, and its files with it. */
@Resolver(() => Message)
export class MessageAttachmentsResolver {
  @FieldResolver(() => [StoredFile], {
    description: 'Its files (IMAGE, FILE, VOICE and VIDEO messages), in the order they were sent, each with short-lived links to its bytes and preview; empty once the message is recalled or removed.',
  })
  attachments(@Ctx() ctx: RequestContext, @Root() message: Message): StoredFile[] | Promise<StoredFile[]> {
    if (message.recalledAt || !carriesFiles(message.kind)) return [];
    return ctx.loader(attachmentsOf).load(message.id);
  }
}

/** Messages of attachments. */
export const attachmentMessages: MessageCatalog = {
  MESSAGING_ATTACHMENTS_NOT_FOR_KIND: {
    en: 'A {kind} message carries no files: send it as IMAGE, FILE, VOICE or VIDEO.',
    'zh-HK': '{kind} 訊息不能附上檔案：請以圖片、檔案、語音或影片訊息傳送。',
    'zh-CN': '{kind} 消息不能附带文件：请以图片、文件、语音或视频消息发送。',
  },
  MESSAGING_ATTACHMENT_WRONG_KIND: {
    en: '“{name}” does not fit a {kind} message.',
    'zh-HK': '「{name}」不適用於 {kind} 訊息。',
    'zh-CN': '“{name}”不适用于 {kind} 消息。',
  },
  MESSAGING_DURATION_NOT_FOR_KIND: {
    en: 'Only voice and video messages have a duration.',
    'zh-HK': '只有語音及影片訊息才有時長。',
    'zh-CN': '只有语音及视频消息才有时长。',
  },
};
