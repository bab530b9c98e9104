import 'reflect-metadata';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSystemContext } from '../../src/core/context/system-context.js';
import { deleteOrphanFiles } from '../../src/core/storage/index.js';
import { applyMessageRetention } from '../../src/modules/messaging/retention.js';
import { createOrganization, createPerson, type TestOrg, type TestPerson } from '../support/factories.js';
import { PDF, uploadAttachment } from '../support/sample-files.js';
import { fieldsOf, startTestApp, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * Messaging compliance through GraphQL: the moderation view (groups and channels, never direct chats, every read
 * audited), moderators naming channel admins, legal holds (on a conversation or a custodian, keeping what edits and
 * recalls replace), retention that spares what a hold covers, and conversation exports on each footing — with the
 * forbidden paths and bad input of each.
 */
let t: TestApp;
let org: TestOrg;
let other: TestOrg;
let ann: TestPerson;
let ben: TestPerson;
let cat: TestPerson;
let hr: TestPerson;

const CREATE = `mutation($input: CreateConversationInput!) { createConversation(input: $input) { id } }`;
const START_DIRECT = `mutation($personId: ID!) { startDirectConversation(personId: $personId) { id } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq } }`;
const EDIT = `mutation($id: ID!, $body: String!) { editMessage(id: $id, body: $body) { id body } }`;
const RECALL = `mutation($id: ID!) { recallMessage(id: $id) { id } }`;
const LIST = `query($filter: ModeratedConversationFilter) { moderatedConversations(filter: $filter, take: 50) { totalCount items { id kind title memberCount underLegalHold } } }`;
const READ = `mutation($id: ID!, $before: Int, $limit: Int) { moderatedMessages(conversationId: $id, before: $before, limit: $limit) { hasMoreBefore items { seq body } } }`;
const SET_ROLE = `mutation($id: ID!, $person: ID!, $role: ConversationRole!) { setConversationRoleAsModerator(conversationId: $id, personId: $person, role: $role) { id memberCount members { items { person { id } role } } } }`;
const PLACE = `mutation($input: PlaceLegalHoldInput!) { placeLegalHold(input: $input) { id reason releasedAt custodian { id } conversation { id } conversations { totalCount items { id kind } } } }`;
const RELEASE = `mutation($id: ID!) { releaseLegalHold(id: $id) { id releasedAt releasedBy { id } } }`;
const HOLDS = `query($active: Boolean) { legalHolds(active: $active) { totalCount items { id reason } } }`;
const EXPORT = `mutation($id: ID!, $format: ConversationExportFormat!, $from: DateTimeISO, $to: DateTimeISO) { exportConversation(conversationId: $id, format: $format, from: $from, to: $to) { fileName contentType base64 messages basis } }`;
const POLICY = `mutation($input: ChangeMessagingPolicyInput!) { changeMessagingPolicy(input: $input) { retentionDays } }`;

type ExportFile = { fileName: string; contentType: string; base64: string; messages: number; basis: string };

async function conversation(owner: GqlClient, kind: string, title: string, memberIds: string[]): Promise<string> {
  return (await owner.ok<{ createConversation: { id: string } }>(CREATE, { input: { kind, title, memberIds } })).createConversation.id;
}

async function send(client: GqlClient, conversationId: string, body: string): Promise<{ id: string; seq: number }> {
  return (await client.ok<{ sendMessage: { id: string; seq: number } }>(SEND, { input: { conversationId, body } })).sendMessage;
}

async function exported(client: GqlClient, id: string, format = 'JSON', range: { from?: string; to?: string } = {}): Promise<ExportFile> {
  return (await client.ok<{ exportConversation: ExportFile }>(EXPORT, { id, format, ...range })).exportConversation;
}

const decoded = (file: ExportFile) => Buffer.from(file.base64, 'base64').toString('utf8');

/** The audited facts of a type in the organisation, oldest first. */
async function audited(type: string, tenant = org) {
  return t.sql<{ subject_id: string; actor_id: string | null; payload: Record<string, unknown> }>(
    'select subject_id, actor_id, payload from outbox_event where tenant_id = $1 and type = $2 order by sequence',
    [tenant.organizationId, type],
  );
}

beforeAll(async () => {
  t = await startTestApp();
  [org, other] = await Promise.all([createOrganization(t), createOrganization(t)]);
  [ann, ben, cat] = await Promise.all(['Ann', 'Ben', 'Cat'].map((name) => createPerson(t, org, { name })));
  hr = await createPerson(t, org, { name: 'Hana HR', roles: ['employee', 'hr'] });
});
afterAll(() => t.stop());

describe('messaging compliance: the moderation view', () => {
  it('lists groups, project groups and channels an org admin is not in — never direct chats — and filters them', async () => {
    const crew = await conversation(ann.client!, 'GROUP', 'Moderation crew', [ben.personId]);
    const news = await conversation(hr.client!, 'ANNOUNCEMENT', 'Moderation news', [ann.personId, ben.personId]);
    const direct = (await ann.client!.ok<{ startDirectConversation: { id: string } }>(START_DIRECT, { personId: cat.personId })).startDirectConversation.id;

    const all = (await org.admin.ok<{ moderatedConversations: { items: { id: string; kind: string; underLegalHold: boolean | null }[] } }>(LIST, {})).moderatedConversations.items;
    expect(all.map((item) => item.id)).toEqual(expect.arrayContaining([crew, news]));
    expect(all.map((item) => item.id)).not.toContain(direct);
    expect(all.every((item) => item.kind !== 'DIRECT' && item.underLegalHold === false)).toBe(true);

    const channels = (await org.admin.ok<{ moderatedConversations: { items: { id: string }[] } }>(LIST, { filter: { kind: 'ANNOUNCEMENT' } })).moderatedConversations.items;
    expect(channels.map((item) => item.id)).toEqual([news]);
    const found = (await org.admin.ok<{ moderatedConversations: { items: { id: string }[] } }>(LIST, { filter: { search: 'ation cr' } })).moderatedConversations.items;
    expect(found.map((item) => item.id)).toEqual([crew]);
    // A search text with LIKE's wildcards matches them literally.
    expect((await org.admin.ok<{ moderatedConversations: { totalCount: number } }>(LIST, { filter: { search: '%' } })).moderatedConversations.totalCount).toBe(0);
  });

  it('staff and HR (no moderate right) are refused; another organisation sees none of it', async () => {
    expect(await ann.client!.errorCode(LIST, {})).toBe('FORBIDDEN');
    expect(await hr.client!.errorCode(LIST, {})).toBe('FORBIDDEN');
    const crew = await conversation(ann.client!, 'GROUP', 'Private crew', [ben.personId]);
    expect(await ann.client!.errorCode(READ, { id: crew })).toBe('FORBIDDEN');
    expect(await other.admin.errorCode(READ, { id: crew })).toBe('NOT_FOUND');
    expect((await other.admin.ok<{ moderatedConversations: { totalCount: number } }>(LIST, {})).moderatedConversations.totalCount).toBe(0);
  });

  it('reads a group’s messages page by page, each read audited; a direct chat is NOT_FOUND, even by id', async () => {
    const crew = await conversation(ann.client!, 'GROUP', 'Audited crew', [ben.personId]);
    for (const body of ['one', 'two', 'three']) await send(ben.client!, crew, body);
    const first = (await org.admin.ok<{ moderatedMessages: { hasMoreBefore: boolean; items: { seq: number; body: string }[] } }>(READ, { id: crew, limit: 2 })).moderatedMessages;
    expect(first).toEqual({
      hasMoreBefore: true,
      items: [
        { seq: 3, body: 'three' },
        { seq: 2, body: 'two' },
      ],
    });
    const second = (await org.admin.ok<{ moderatedMessages: { hasMoreBefore: boolean; items: { seq: number }[] } }>(READ, { id: crew, before: 2 })).moderatedMessages;
    expect(second).toEqual({ hasMoreBefore: false, items: [{ seq: 1, body: 'one' }] });
    const reads = (await audited('messaging.conversation.inspected')).filter((row) => row.subject_id === crew);
    expect(reads.map((row) => row.payload)).toEqual([
      { conversationId: crew, fromSeq: 2, toSeq: 3 },
      { conversationId: crew, fromSeq: 1, toSeq: 1 },
    ]);
    expect(reads.every((row) => row.actor_id === org.adminPersonId)).toBe(true);

    const direct = (await ben.client!.ok<{ startDirectConversation: { id: string } }>(START_DIRECT, { personId: cat.personId })).startDirectConversation.id;
    await send(ben.client!, direct, 'just between us');
    expect(await org.admin.errorCode(READ, { id: direct })).toBe('NOT_FOUND');
    expect(fieldsOf(await org.admin.request(READ, { id: crew, limit: 101 }))).toEqual([['limit', 'PAGE_SIZE_TOO_LARGE']]);
  });

  it('a moderator names who runs an announcement channel, adding them if needed; one owner always remains', async () => {
    const news = await conversation(hr.client!, 'ANNOUNCEMENT', 'Site notices', [ann.personId]);
    expect(await cat.client!.errorCode(SEND, { input: { conversationId: news, body: 'hello' } })).toBe('NOT_FOUND');

    const appointed = (
      await org.admin.ok<{ setConversationRoleAsModerator: { memberCount: number; members: { items: { person: { id: string }; role: string }[] } } }>(SET_ROLE, {
        id: news,
        person: cat.personId,
        role: 'ADMIN',
      })
    ).setConversationRoleAsModerator;
    expect(appointed.memberCount).toBe(3);
    expect(appointed.members.items.find((item) => item.person.id === cat.personId)?.role).toBe('ADMIN');
    await send(cat.client!, news, 'Crane inspection at 14:00');

    expect(await org.admin.errorCode(SET_ROLE, { id: news, person: hr.personId, role: 'MEMBER' })).toBe('MESSAGING_LAST_OWNER');
    await org.admin.ok(SET_ROLE, { id: news, person: cat.personId, role: 'OWNER' });
    await org.admin.ok(SET_ROLE, { id: news, person: hr.personId, role: 'MEMBER' });
    expect(await hr.client!.errorCode(SEND, { input: { conversationId: news, body: 'still mine?' } })).toBe('MESSAGING_POST_NOT_ALLOWED');

    const changes = (await audited('messaging.member.role_set_by_moderator')).filter((row) => row.subject_id === news);
    expect(changes.map((row) => row.payload.role)).toEqual(['ADMIN', 'OWNER', 'MEMBER']);
  });

  it('refuses role changes to staff, to direct chats, to unknown people and to another organisation’s channel', async () => {
    const news = await conversation(hr.client!, 'ANNOUNCEMENT', 'Refusals', []);
    expect(await ann.client!.errorCode(SET_ROLE, { id: news, person: ann.personId, role: 'OWNER' })).toBe('FORBIDDEN');
    const direct = (await ann.client!.ok<{ startDirectConversation: { id: string } }>(START_DIRECT, { personId: ben.personId })).startDirectConversation.id;
    expect(await org.admin.errorCode(SET_ROLE, { id: direct, person: cat.personId, role: 'ADMIN' })).toBe('NOT_FOUND');
    expect(await org.admin.errorCode(SET_ROLE, { id: news, person: '00000000-0000-4000-8000-000000000000', role: 'ADMIN' })).toBe('NOT_FOUND');
    expect(await other.admin.errorCode(SET_ROLE, { id: news, person: ann.personId, role: 'ADMIN' })).toBe('NOT_FOUND');
    expect(await org.admin.errorCode(SET_ROLE, { id: news, person: ann.personId, role: 'BOSS' })).toBe('BAD_USER_INPUT');
  });
});

describe('messaging compliance: legal holds', () => {
  it('a custodian’s hold covers their direct chats: what an edit or recall replaces is kept, and exported under the hold', async () => {
    const direct = (await ann.client!.ok<{ startDirectConversation: { id: string } }>(START_DIRECT, { personId: hr.personId })).startDirectConversation.id;
    const hold = (
      await org.admin.ok<{ placeLegalHold: { id: string; custodian: { id: string }; conversation: null; conversations: { items: { id: string; kind: string }[] } } }>(PLACE, {
        input: { custodianId: ann.personId, reason: 'HCA 1234/2026' },
      })
    ).placeLegalHold;
    expect(hold.custodian.id).toBe(ann.personId);
    expect(hold.conversations.items.map((item) => item.id)).toContain(direct);

    const offer = await send(ann.client!, direct, 'The price is HK$1.2m');
    await ann.client!.ok(EDIT, { id: offer.id, body: 'The price is negotiable' });
    const slip = await send(ann.client!, direct, 'Do not tell the auditors');
    await ann.client!.ok(RECALL, { id: slip.id });

    // Members see the conversation as it is now…
    const member = JSON.parse(decoded(await exported(hr.client!, direct))) as { basis: string; messages: { seq: number; text: string | null; heldVersions?: unknown }[] };
    expect(member.basis).toBe('MEMBER');
    expect(member.messages.map((message) => message.text)).toEqual(['The price is negotiable', null]);
    expect(member.messages[0].heldVersions).toBeUndefined();

    // …while the org admin, outside the chat, exports it under the hold with what was replaced.
    const held = await exported(org.admin, direct);
    expect(held.basis).toBe('LEGAL_HOLD');
    const file = JSON.parse(decoded(held)) as { messages: { text: string | null; heldVersions: { cause: string; body: string }[] }[] };
    expect(file.messages.map((message) => [message.text, message.heldVersions.map((version) => [version.cause, version.body])])).toEqual([
      ['The price is negotiable', [['EDITED', 'The price is HK$1.2m']]],
      [null, [['RECALLED', 'Do not tell the auditors']]],
    ]);
    const csv = decoded(await exported(org.admin, direct, 'CSV'));
    expect(csv.startsWith('\uFEFFseq,sent_at_utc,')).toBe(true);
    expect(csv).toContain('The price is HK$1.2m');
    expect(csv).toMatch(/,recalled \d{4}-/);

    // Members are not told: nothing about the hold reaches their changes feed.
    const feed = await ann.client!.ok<{ messagingChanges: { changes: { type: string }[] } }>('query { messagingChanges(since: 0, limit: 500) { changes { type } } }');
    expect(feed.messagingChanges.changes.every((change) => !change.type.includes('HOLD'))).toBe(true);

    const released = (await org.admin.ok<{ releaseLegalHold: { releasedAt: string | null; releasedBy: { id: string } } }>(RELEASE, { id: hold.id })).releaseLegalHold;
    expect(released.releasedAt).not.toBeNull();
    expect(released.releasedBy.id).toBe(org.adminPersonId);
    expect(await org.admin.errorCode(RELEASE, { id: hold.id })).toBe('MESSAGING_HOLD_RELEASED');
    // Released: the org admin no longer exports the direct chat.
    expect(await org.admin.errorCode(EXPORT, { id: direct, format: 'JSON' })).toBe('NOT_FOUND');
    expect((await audited('messaging.legal_hold.placed')).map((row) => row.subject_id)).toContain(hold.id);
    expect((await audited('messaging.legal_hold.released')).map((row) => row.subject_id)).toContain(hold.id);
  });

  it('lists holds by state; refuses staff, HR, bad input and another organisation', async () => {
    const crew = await conversation(ann.client!, 'GROUP', 'Held crew', [ben.personId]);
    const hold = (await org.admin.ok<{ placeLegalHold: { id: string; conversation: { id: string } } }>(PLACE, { input: { conversationId: crew, reason: 'Matter 7' } })).placeLegalHold;
    expect(hold.conversation.id).toBe(crew);
    const active = (await org.admin.ok<{ legalHolds: { items: { id: string }[] } }>(HOLDS, { active: true })).legalHolds.items.map((item) => item.id);
    expect(active).toContain(hold.id);
    const listed = (await org.admin.ok<{ moderatedConversations: { items: { id: string; underLegalHold: boolean }[] } }>(LIST, { filter: { search: 'Held crew' } })).moderatedConversations.items;
    expect(listed).toEqual([expect.objectContaining({ id: crew, underLegalHold: true })]);

    for (const client of [ann.client!, hr.client!]) {
      expect(await client.errorCode(PLACE, { input: { conversationId: crew, reason: 'curious' } })).toBe('FORBIDDEN');
      expect(await client.errorCode(HOLDS, {})).toBe('FORBIDDEN');
      expect(await client.errorCode(RELEASE, { id: hold.id })).toBe('FORBIDDEN');
    }
    expect(fieldsOf(await org.admin.request(PLACE, { input: { conversationId: crew, custodianId: ann.personId, reason: 'x' } }))).toEqual([['conversationId', 'MESSAGING_HOLD_ONE_TARGET']]);
    expect(fieldsOf(await org.admin.request(PLACE, { input: { reason: 'x' } }))).toEqual([['conversationId', 'MESSAGING_HOLD_ONE_TARGET']]);
    expect(fieldsOf(await org.admin.request(PLACE, { input: { conversationId: crew, reason: '  ' } }))).toEqual([['reason', 'REQUIRED']]);
    expect(await org.admin.errorCode(PLACE, { input: { conversationId: crew, reason: 'x'.repeat(501) } })).toBe('BAD_USER_INPUT');
    expect(await org.admin.errorCode(PLACE, { input: { custodianId: '00000000-0000-4000-8000-000000000000', reason: 'x' } })).toBe('NOT_FOUND');
    expect(await other.admin.errorCode(PLACE, { input: { conversationId: crew, reason: 'x' } })).toBe('NOT_FOUND');
    expect(await other.admin.errorCode(RELEASE, { id: hold.id })).toBe('NOT_FOUND');
    expect((await other.admin.ok<{ legalHolds: { totalCount: number } }>(HOLDS, {})).legalHolds.totalCount).toBe(0);
    await org.admin.ok(RELEASE, { id: hold.id });
  });
});

describe('messaging compliance: retention', () => {
  it('deletes messages older than the policy keeps, except where a hold is in force; audited; released holds are pruned next night', async () => {
    const tenant = await createOrganization(t);
    const [amy, bob] = await Promise.all(['Amy', 'Bob'].map((name) => createPerson(t, tenant, { name })));
    const open = await conversation(amy.client!, 'GROUP', 'Open', [bob.personId]);
    const kept = await conversation(amy.client!, 'GROUP', 'Kept', [bob.personId]);
    const plans: Record<string, string> = {};
    for (const id of [open, kept]) {
      await send(amy.client!, id, 'old news');
      plans[id] = await uploadAttachment(t.url, amy.client!, PDF, 'old plan.pdf', 'application/pdf');
      await amy.client!.ok(SEND, { input: { conversationId: id, kind: 'FILE', body: 'old news', attachmentIds: [plans[id]] } });
      await send(bob.client!, id, 'fresh news');
    }
    await t.sql(`update message set created_at = now() - interval '40 days' where tenant_id = $1 and body = 'old news'`, [tenant.organizationId]);
    await t.sql(`update stored_file set created_at = now() - interval '40 days' where tenant_id = $1`, [tenant.organizationId]);
    const files = async () => (await t.sql<{ id: string }>('select id from stored_file where tenant_id = $1 order by id', [tenant.organizationId])).map((row) => row.id);
    const cleanUp = () => deleteOrphanFiles.handle(createSystemContext(t.app.services, tenant.organizationId), {});
    const run = () => applyMessageRetention.handle(createSystemContext(t.app.services, tenant.organizationId), {});
    const bodies = async (id: string) => (await t.sql<{ body: string }>('select body from message where conversation_id = $1 order by seq', [id])).map((row) => row.body);

    await run(); // no retention set: nothing goes
    expect(await bodies(open)).toEqual(['old news', 'old news', 'fresh news']);

    expect(fieldsOf(await tenant.admin.request(POLICY, { input: { retentionDays: -1 } }))).toEqual([['retentionDays', 'INVALID_VALUE']]);
    await tenant.admin.ok(POLICY, { input: { retentionDays: 30 } });
    const hold = (await tenant.admin.ok<{ placeLegalHold: { id: string } }>(PLACE, { input: { conversationId: kept, reason: 'Dispute' } })).placeLegalHold;
    await run();
    expect(await bodies(open)).toEqual(['fresh news']);
    expect(await bodies(kept)).toEqual(['old news', 'old news', 'fresh news']);
    // The deleted message's file is read by nobody — its sender included — and the hourly clean-up deletes it; the
    // held conversation's stays.
    expect((await amy.client!.request('query($id: ID!) { storedFile(id: $id) { id } }', { id: plans[open] })).errors?.[0].extensions.code).toBe('NOT_FOUND');
    expect((await bob.client!.ok<{ storedFile: { name: string } }>('query($id: ID!) { storedFile(id: $id) { name } }', { id: plans[kept] })).storedFile.name).toBe('old plan.pdf');
    await cleanUp();
    expect(await files()).toEqual([plans[kept]]);
    // History starts later; the numbering stays.
    const history = await amy.client!.ok<{ conversationMessages: { items: { seq: number }[] } }>('query($id: ID!) { conversationMessages(conversationId: $id) { items { seq } } }', { id: open });
    expect(history.conversationMessages.items.map((item) => item.seq)).toEqual([3]);
    // A device catching up from before the deleted ones is not sent looking for them.
    const caughtUp = await amy.client!.ok<{ conversationMessages: { items: { seq: number }[]; hasMoreBefore: boolean } }>(
      'query($id: ID!) { conversationMessages(conversationId: $id, after: 1) { items { seq } hasMoreBefore } }',
      { id: open },
    );
    expect(caughtUp.conversationMessages).toEqual({ items: [{ seq: 3 }], hasMoreBefore: false });
    expect((await audited('messaging.retention.applied', tenant)).map((row) => row.payload.deleted)).toEqual([2]);

    await tenant.admin.ok(RELEASE, { id: hold.id });
    await run();
    expect(await bodies(kept)).toEqual(['fresh news']);
    await cleanUp();
    expect(await files()).toEqual([]);
  });
});

describe('messaging compliance: exports', () => {
  it('a member exports CSV (Excel-ready, formulas neutralised) and JSON, optionally by period; the export is audited', async () => {
    const crew = await conversation(ann.client!, 'GROUP', 'Export crew', [ben.personId]);
    await send(ann.client!, crew, '=HYPERLINK("http://evil")');
    await send(ben.client!, crew, '收到，明早 8 點開工');
    const csv = await exported(ben.client!, crew, 'CSV');
    expect(csv).toMatchObject({ contentType: 'text/csv; charset=utf-8', messages: 2, basis: 'MEMBER' });
    expect(csv.fileName).toMatch(/^conversation-[0-9a-f]{8}-\d{4}-\d{2}-\d{2}\.csv$/);
    const lines = decoded(csv).trim().split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toContain(`"'=HYPERLINK(""http://evil"")"`);
    expect(lines[2]).toContain('收到，明早 8 點開工');
    expect(lines[2]).toContain('Ben');

    const future = new Date(Date.now() + 60 * 60_000).toISOString();
    expect((await exported(ben.client!, crew, 'JSON', { from: future })).messages).toBe(0);
    expect(fieldsOf(await ben.client!.request(EXPORT, { id: crew, format: 'CSV', from: future, to: future }))).toEqual([['to', 'INVALID_VALUE']]);
    const exports = (await audited('messaging.conversation.exported')).filter((row) => row.subject_id === crew);
    expect(exports[0].payload).toEqual({ conversationId: crew, basis: 'MEMBER', messages: 2, format: 'CSV' });
  });

  it('outsiders cannot export: another member of staff, a moderator’s direct chat, another organisation', async () => {
    const crew = await conversation(ann.client!, 'GROUP', 'Closed crew', [ben.personId]);
    const direct = (await ann.client!.ok<{ startDirectConversation: { id: string } }>(START_DIRECT, { personId: ben.personId })).startDirectConversation.id;
    expect(await cat.client!.errorCode(EXPORT, { id: crew, format: 'CSV' })).toBe('NOT_FOUND');
    expect(await org.admin.errorCode(EXPORT, { id: direct, format: 'CSV' })).toBe('NOT_FOUND');
    expect(await other.admin.errorCode(EXPORT, { id: crew, format: 'CSV' })).toBe('NOT_FOUND');
    expect(await ann.client!.errorCode(EXPORT, { id: crew, format: 'PDF' })).toBe('BAD_USER_INPUT');
    // A moderator exports a group they are not in, as its members see it.
    expect((await exported(org.admin, crew)).basis).toBe('MODERATOR');
  });
});
