import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import sharp from 'sharp';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, createPerson, type TestOrg, type TestPerson } from '../support/factories.js';
import { fieldsOf, startTestApp, type GqlClient, type TestApp } from '../support/test-app.js';
import { PDF, uploadAttachment, wav } from '../support/sample-files.js';

/**
 * Message attachments through GraphQL: files uploaded to core's file store for `messaging.attachment`, sent as IMAGE,
 * FILE, VOICE and VIDEO messages, read (with their links) by the conversation's members only — not by someone outside
 * it, nor by a member who left, nor by anyone once the message is recalled — attached once even when the send is
 * replayed, and never someone else's file.
 */
let t: TestApp;
let org: TestOrg;
let ann: TestPerson;
let ben: TestPerson;
let outsider: TestPerson;
let filesDir: string;

const FILE = 'id name contentType size width height durationSeconds url thumbnailUrl';
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq kind body attachments { ${FILE} } } }`;
const HISTORY = `query($id: ID!) { conversationMessages(conversationId: $id) { items { id kind recalledAt attachments { ${FILE} } } } }`;
const STORED_FILE = `query($id: ID!) { storedFile(id: $id) { ${FILE} } }`;

type FileRow = {
  id: string;
  name: string;
  contentType: string;
  size: number;
  width: number | null;
  height: number | null;
  durationSeconds: number | null;
  url: string | null;
  thumbnailUrl: string | null;
};
type Sent = { id: string; seq: number; kind: string; body: string | null; attachments: FileRow[] };

/** Uploads a file for messaging by signed URL; its id. */
const upload = (client: GqlClient, bytes: Buffer, name: string, contentType: string) => uploadAttachment(t.url, client, bytes, name, contentType);

async function group(owner: GqlClient, memberIds: string[]): Promise<string> {
  return (await owner.ok<{ createConversation: { id: string } }>('mutation($p: [ID!]!) { createConversation(input: { kind: GROUP, title: "Site photos", memberIds: $p }) { id } }', { p: memberIds }))
    .createConversation.id;
}

const code = (result: { errors?: { extensions: { code: string } }[] }) => result.errors?.[0].extensions.code;

beforeAll(async () => {
  filesDir = mkdtempSync(join(tmpdir(), 'harbour-attachments-'));
  t = await startTestApp({ env: { HARBOUR_FILES_DIR: filesDir } });
  org = await createOrganization(t);
  ann = await createPerson(t, org, { name: 'Ann' });
  ben = await createPerson(t, org, { name: 'Ben' });
  outsider = await createPerson(t, org, { name: 'Outsider' });
});

afterAll(async () => {
  await t?.stop();
  rmSync(filesDir, { recursive: true, force: true });
});

describe('message attachments', () => {
  it('sends photos with previews that every member sees, and nobody outside the conversation', async () => {
    const conversation = await group(ann.client!, [ben.personId]);
    const photo = await sharp({ create: { width: 1200, height: 900, channels: 3, background: '#e3b341' } })
      .jpeg()
      .toBuffer();
    const ids = [await upload(ann.client!, photo, '地盤 1.jpg', 'image/jpeg'), await upload(ann.client!, await sharp(photo).png().toBuffer(), 'site-2.png', 'image/png')];
    const sent = (await ann.client!.ok<{ sendMessage: Sent }>(SEND, { input: { conversationId: conversation, kind: 'IMAGE', body: 'Level 3 today', attachmentIds: ids } })).sendMessage;
    expect(sent).toMatchObject({ kind: 'IMAGE', body: 'Level 3 today' });
    expect(sent.attachments.map((file) => [file.id, file.name, file.contentType, file.width, file.height])).toEqual([
      [ids[0], '地盤 1.jpg', 'image/jpeg', 1200, 900],
      [ids[1], 'site-2.png', 'image/png', 1200, 900],
    ]);
    // Ben, a member, reads them in the history — file, preview and the file at the root.
    const history = (await ben.client!.ok<{ conversationMessages: { items: { id: string; attachments: FileRow[] }[] } }>(HISTORY, { id: conversation })).conversationMessages.items;
    const seen = history.find((message) => message.id === sent.id)!.attachments;
    const preview = await fetch(`${t.url}${seen[0].thumbnailUrl}`);
    expect([preview.status, preview.headers.get('content-type')]).toEqual([200, 'image/webp']);
    expect((await sharp(Buffer.from(await preview.arrayBuffer())).metadata()).width).toBe(320);
    expect(Buffer.from(await (await fetch(`${t.url}${seen[0].url}`)).arrayBuffer())).toEqual(photo);
    expect((await ben.client!.ok<{ storedFile: FileRow }>(STORED_FILE, { id: ids[1] })).storedFile.name).toBe('site-2.png');
    // Someone outside the conversation gets no file, no link: the file is as unknown to them as the conversation.
    expect(code(await outsider.client!.request(STORED_FILE, { id: ids[0] }))).toBe('NOT_FOUND');
    expect(code(await outsider.client!.request(HISTORY, { id: conversation }))).toBe('NOT_FOUND');
    expect(code(await org.admin.request(STORED_FILE, { id: ids[0] }))).toBe('NOT_FOUND');
    const other = await createOrganization(t);
    expect(code(await other.admin.request(STORED_FILE, { id: ids[0] }))).toBe('NOT_FOUND');
  });

  it('sends a voice note with its duration, a document and a video, each of its kind', async () => {
    const conversation = await group(ann.client!, [ben.personId]);
    const voice = await upload(ann.client!, wav(3), 'voice.wav', 'audio/wav');
    const sent = (await ann.client!.ok<{ sendMessage: Sent }>(SEND, { input: { conversationId: conversation, kind: 'VOICE', attachmentIds: [voice], durationSeconds: 3.2 } })).sendMessage;
    expect(sent.attachments).toMatchObject([{ id: voice, contentType: 'audio/wav', durationSeconds: 3.2, thumbnailUrl: null }]);
    const document = await upload(ann.client!, PDF, 'safety plan.pdf', 'application/pdf');
    const file = (await ann.client!.ok<{ sendMessage: Sent }>(SEND, { input: { conversationId: conversation, kind: 'FILE', attachmentIds: [document] } })).sendMessage;
    expect(file.attachments).toMatchObject([{ name: 'safety plan.pdf', contentType: 'application/pdf', durationSeconds: null }]);
    // A voice note that is a PDF, a photo message of a voice note: refused, and the files stay free to send properly.
    const wrong = await ann.client!.request(SEND, {
      input: { conversationId: conversation, kind: 'VOICE', attachmentIds: [await upload(ann.client!, PDF, 'x.pdf', 'application/pdf')], durationSeconds: 2 },
    });
    expect(fieldsOf(wrong)).toEqual([['attachmentIds', 'MESSAGING_ATTACHMENT_WRONG_KIND']]);
    const voiceAgain = await upload(ann.client!, wav(1), 'again.wav', 'audio/wav');
    expect(fieldsOf(await ann.client!.request(SEND, { input: { conversationId: conversation, kind: 'IMAGE', attachmentIds: [voiceAgain] } }))).toEqual([
      ['attachmentIds', 'MESSAGING_ATTACHMENT_WRONG_KIND'],
    ]);
    expect(
      (await ann.client!.ok<{ sendMessage: Sent }>(SEND, { input: { conversationId: conversation, kind: 'VOICE', attachmentIds: [voiceAgain], durationSeconds: 1 } })).sendMessage.attachments,
    ).toHaveLength(1);
  });

  it('refuses bad input: files on a text, none on a photo message, a missing or misplaced duration, too long, too many', async () => {
    const conversation = await group(ann.client!, [ben.personId]);
    const photo = await upload(
      ann.client!,
      await sharp({ create: { width: 8, height: 8, channels: 3, background: '#000' } })
        .png()
        .toBuffer(),
      'a.png',
      'image/png',
    );
    const voice = await upload(ann.client!, wav(1), 'b.wav', 'audio/wav');
    const send = (input: Record<string, unknown>) => ann.client!.request(SEND, { input: { conversationId: conversation, ...input } });
    expect(fieldsOf(await send({ kind: 'TEXT', body: 'hi', attachmentIds: [photo] }))).toEqual([['attachmentIds', 'MESSAGING_ATTACHMENTS_NOT_FOR_KIND']]);
    expect(fieldsOf(await send({ kind: 'IMAGE' }))).toEqual([['attachmentIds', 'REQUIRED']]);
    expect(fieldsOf(await send({ kind: 'VOICE', attachmentIds: [voice] }))).toEqual([['durationSeconds', 'REQUIRED']]);
    expect(fieldsOf(await send({ kind: 'IMAGE', attachmentIds: [photo], durationSeconds: 3 }))).toEqual([['durationSeconds', 'MESSAGING_DURATION_NOT_FOR_KIND']]);
    expect(fieldsOf(await send({ kind: 'VOICE', attachmentIds: [voice], durationSeconds: 3601 }))).toEqual([['durationSeconds', 'FILE_DURATION_TOO_LONG']]);
    expect(fieldsOf(await send({ kind: 'VOICE', attachmentIds: [voice, photo], durationSeconds: 3 }))).toEqual([['attachmentIds', 'TOO_MANY_ITEMS']]);
    expect(fieldsOf(await send({ kind: 'IMAGE', attachmentIds: [photo, photo] }))).toEqual([['attachmentIds', 'INVALID_VALUE']]);
    // Nothing was sent, and the files are still free.
    expect((await send({ kind: 'IMAGE', attachmentIds: [photo] })).errors).toBeUndefined();
  });

  it('never attaches someone else’s file, nor one already attached', async () => {
    const conversation = await group(ann.client!, [ben.personId]);
    const annsFile = await upload(ann.client!, PDF, 'ann.pdf', 'application/pdf');
    expect(code(await ben.client!.request(SEND, { input: { conversationId: conversation, kind: 'FILE', attachmentIds: [annsFile] } }))).toBe('NOT_FOUND');
    await ann.client!.ok(SEND, { input: { conversationId: conversation, kind: 'FILE', attachmentIds: [annsFile] } });
    const again = await ann.client!.request(SEND, { input: { conversationId: conversation, kind: 'FILE', attachmentIds: [annsFile] } });
    expect([code(again), again.errors?.[0].message]).toEqual(['FILE_ALREADY_ATTACHED', '“ann.pdf” is attached elsewhere already; upload it again to attach it here.']);
    const pending = (
      await ann.client!.ok<{ createFileUpload: { file: { id: string } } }>(
        'mutation { createFileUpload(input: { purpose: "messaging.attachment", name: "late.pdf", size: 10, contentType: "application/pdf" }) { file { id } } }',
      )
    ).createFileUpload.file.id;
    expect(code(await ann.client!.request(SEND, { input: { conversationId: conversation, kind: 'FILE', attachmentIds: [pending] } }))).toBe('FILE_NOT_READY');
  });

  it('attaches once when a send is replayed by its client id, also twice at once', async () => {
    const conversation = await group(ann.client!, [ben.personId]);
    const file = await upload(ann.client!, PDF, 'once.pdf', 'application/pdf');
    const input = { conversationId: conversation, kind: 'FILE', attachmentIds: [file], clientMessageId: 'device-1:42' };
    const [first, second] = await Promise.all([ann.client!.ok<{ sendMessage: Sent }>(SEND, { input }), ann.client!.ok<{ sendMessage: Sent }>(SEND, { input })]);
    const third = (await ann.client!.ok<{ sendMessage: Sent }>(SEND, { input })).sendMessage;
    expect(new Set([first.sendMessage.id, second.sendMessage.id, third.id]).size).toBe(1);
    expect(third.attachments.map((f) => f.id)).toEqual([file]);
    const rows = await t.sql<{ attached_subject_id: string }>('select attached_subject_id from stored_file where id = $1', [file]);
    expect(rows).toEqual([{ attached_subject_id: third.id }]);
    const history = (await ann.client!.ok<{ conversationMessages: { items: unknown[] } }>(HISTORY, { id: conversation })).conversationMessages.items;
    expect(history).toHaveLength(1);
  });

  it('shows no attachments of a recalled message, and no file to a member who left', async () => {
    const conversation = await group(ann.client!, [ben.personId]);
    const photo = await upload(
      ann.client!,
      await sharp({ create: { width: 20, height: 10, channels: 3, background: '#fff' } })
        .png()
        .toBuffer(),
      'w.png',
      'image/png',
    );
    const kept = await upload(ann.client!, PDF, 'kept.pdf', 'application/pdf');
    const recalled = (await ann.client!.ok<{ sendMessage: Sent }>(SEND, { input: { conversationId: conversation, kind: 'IMAGE', attachmentIds: [photo] } })).sendMessage;
    await ann.client!.ok<{ sendMessage: Sent }>(SEND, { input: { conversationId: conversation, kind: 'FILE', attachmentIds: [kept] } });
    await ann.client!.ok('mutation($id: ID!) { recallMessage(id: $id) { id } }', { id: recalled.id });
    const history = (await ben.client!.ok<{ conversationMessages: { items: { id: string; recalledAt: string | null; attachments: FileRow[] }[] } }>(HISTORY, { id: conversation })).conversationMessages
      .items;
    expect(history.find((message) => message.id === recalled.id)).toMatchObject({ attachments: [] });
    expect(code(await ben.client!.request(STORED_FILE, { id: photo }))).toBe('NOT_FOUND');
    expect(code(await ann.client!.request(STORED_FILE, { id: photo }))).toBe('NOT_FOUND');
    expect((await ben.client!.ok<{ storedFile: FileRow }>(STORED_FILE, { id: kept })).storedFile.name).toBe('kept.pdf');
    await ben.client!.ok('mutation($id: ID!) { leaveConversation(conversationId: $id) }', { id: conversation });
    expect(code(await ben.client!.request(STORED_FILE, { id: kept }))).toBe('NOT_FOUND');
  });
});
