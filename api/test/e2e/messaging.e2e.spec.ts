import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDepartment, createOrganization, createPerson, membershipsOf, setDepartmentLeaders, type TestOrg, type TestPerson } from '../support/factories.js';
import { fieldsOf, startTestApp, until, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * Messaging through GraphQL: conversations and their members, messages sent exactly once, edits and recalls within
 * their windows, reactions, history both ways, read watermarks and private receipts, the per-device changes feed, the
 * live subscription, department groups following the org chart, moderation and the policy — with the forbidden paths
 * and bad input of each.
 */
let t: TestApp;
let org: TestOrg;
let ann: TestPerson;
let ben: TestPerson;
let cat: TestPerson;
let dan: TestPerson;
let hr: TestPerson;
let manager: TestPerson;

const CONVERSATION = 'id kind title memberCount lastSeq archivedAt me { role readSeq unreadCount mutedUntil archived } viewerCan { post addMembers removeMembers rename setRoles archive leave }';
const MESSAGE =
  'id seq kind body conversationId mentionIds mentionsAll important threadRootId clientMessageId editedAt recalledAt sender { id } replyTo { id } location { latitude longitude name } reactions { emoji count mine }';
const START_DIRECT = `mutation($personId: ID!) { startDirectConversation(personId: $personId) { ${CONVERSATION} } }`;
const CREATE = `mutation($input: CreateConversationInput!) { createConversation(input: $input) { ${CONVERSATION} } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { ${MESSAGE} } }`;
const ONE = `query($id: ID!) { conversation(id: $id) { ${CONVERSATION} members { totalCount items { person { id } role } } lastMessage { id seq } } }`;
const HISTORY = `query($id: ID!, $before: Int, $after: Int, $limit: Int) { conversationMessages(conversationId: $id, before: $before, after: $after, limit: $limit) { items { seq body } hasMoreBefore hasMoreAfter } }`;
const MARK_READ = `mutation($id: ID!, $seq: Int!) { markConversationRead(conversationId: $id, seq: $seq) { me { readSeq unreadCount } } }`;
const RECEIPTS = `query($id: ID!) { conversationMessages(conversationId: $id) { items { seq receipts { readCount unreadCount hiddenCount readers { totalCount items { person { id } readAt } } notYetRead { totalCount items { id } } } } } }`;
const CHANGES = `query($since: Int!, $limit: Int) { messagingChanges(since: $since, limit: $limit) { cursor hasMore changes { sequence type conversationId messageId seq personIds readSeq message { id body } } } }`;
const ADD = `mutation($id: ID!, $people: [ID!]!) { addConversationMembers(conversationId: $id, personIds: $people) { memberCount } }`;
const REMOVE = `mutation($id: ID!, $person: ID!) { removeConversationMember(conversationId: $id, personId: $person) { memberCount } }`;
const LEAVE = `mutation($id: ID!) { leaveConversation(conversationId: $id) }`;
const SET_ROLE = `mutation($id: ID!, $person: ID!, $role: ConversationRole!) { setConversationRole(conversationId: $id, personId: $person, role: $role) { id } }`;

type Conversation = { id: string; kind: string; memberCount: number; lastSeq: number; me: { role: string; readSeq: number; unreadCount: number } | null; viewerCan: Record<string, boolean> };
type Message = {
  id: string;
  seq: number;
  body: string | null;
  clientMessageId: string | null;
  threadRootId: string | null;
  recalledAt: string | null;
  reactions: { emoji: string; count: number; mine: boolean }[];
};
type Change = {
  sequence: number;
  type: string;
  conversationId: string;
  messageId: string | null;
  seq: number | null;
  personIds: string[];
  readSeq: number | null;
  message: { id: string; body: string | null } | null;
};

async function group(owner: GqlClient, memberIds: string[], kind = 'GROUP', title = 'Site B crew'): Promise<Conversation> {
  return (await owner.ok<{ createConversation: Conversation }>(CREATE, { input: { kind, title, memberIds } })).createConversation;
}

async function send(client: GqlClient, conversationId: string, body: string, extra: Record<string, unknown> = {}): Promise<Message> {
  return (await client.ok<{ sendMessage: Message }>(SEND, { input: { conversationId, body, ...extra } })).sendMessage;
}

async function changes(client: GqlClient, since: number): Promise<{ cursor: number; changes: Change[] }> {
  return (await client.ok<{ messagingChanges: { cursor: number; changes: Change[] } }>(CHANGES, { since })).messagingChanges;
}

/** The caller's cursor once everything committed so far is numbered (the outbox numbers events just after commit). */
async function settledCursor(client: GqlClient): Promise<number> {
  let cursor = -1;
  await until(async () => {
    const now = (await changes(client, 0)).cursor;
    const settled = now === cursor;
    cursor = now;
    if (!settled) await new Promise((resolve) => setTimeout(resolve, 150));
    return settled;
  }, 'the changes feed to settle');
  return cursor;
}

/** A live subscription collecting changes from `after` on. */
function live(client: GqlClient, after: number | null) {
  const received: Change[] = [];
  const errors: unknown[] = [];
  const ws = client.ws();
  const stop = ws.subscribe<{ messagingChanged: Change }>(
    { query: `subscription($after: Int) { messagingChanged(after: $after) { sequence type conversationId messageId seq personIds readSeq message { id body sender { id } } } }`, variables: { after } },
    {
      next: (message) => {
        if (message.errors) errors.push(message.errors);
        else received.push(message.data!.messagingChanged);
      },
      error: (error) => errors.push(error),
      complete: () => undefined,
    },
  );
  return {
    received,
    errors,
    close: async () => {
      stop();
      await ws.dispose();
    },
  };
}

beforeAll(async () => {
  t = await startTestApp();
  org = await createOrganization(t);
  [ann, ben, cat, dan] = await Promise.all(['Ann', 'Ben', 'Cat', 'Dan'].map((name) => createPerson(t, org, { name })));
  hr = await createPerson(t, org, { name: 'Hana HR', roles: ['employee', 'hr'] });
  manager = await createPerson(t, org, { name: 'Mo Manager', roles: ['employee', 'department-manager'] });
});
afterAll(() => t.stop());

describe('messaging: conversations', () => {
  it('a direct chat is one per pair, however often and from however many devices it is started', async () => {
    const started = await Promise.all(
      [ann.client!, ann.client!, ben.client!].map((client, index) => client.ok<{ startDirectConversation: Conversation }>(START_DIRECT, { personId: index < 2 ? ben.personId : ann.personId })),
    );
    const ids = new Set(started.map((s) => s.startDirectConversation.id));
    expect(ids.size).toBe(1);
    expect(started[0].startDirectConversation).toMatchObject({ kind: 'DIRECT', memberCount: 2, me: { role: 'MEMBER' } });
    expect(started[0].startDirectConversation.viewerCan).toMatchObject({ post: true, addMembers: false, leave: false, rename: false });
  });

  it('refuses a direct chat with oneself, with nobody, or with someone of another organisation', async () => {
    expect(fieldsOf(await ann.client!.request(START_DIRECT, { personId: ann.personId }))).toEqual([['personId', 'MESSAGING_DIRECT_WITH_SELF']]);
    expect(fieldsOf(await ann.client!.request(START_DIRECT, { personId: '00000000-0000-4000-8000-000000000000' }))).toEqual([['personId', 'MESSAGING_UNKNOWN_PEOPLE']]);
    const other = await createOrganization(t);
    expect(fieldsOf(await ann.client!.request(START_DIRECT, { personId: other.adminPersonId }))).toEqual([['personId', 'MESSAGING_UNKNOWN_PEOPLE']]);
  });

  it('anyone starts a plain group; project groups need a manager or HR, announcement channels HR; department groups nobody', async () => {
    const crew = await group(ann.client!, [ben.personId, cat.personId]);
    expect(crew).toMatchObject({ kind: 'GROUP', memberCount: 3, me: { role: 'OWNER' } });
    expect(await ann.client!.errorCode(CREATE, { input: { kind: 'PROJECT', title: 'Tower', memberIds: [] } })).toBe('FORBIDDEN');
    expect(await ann.client!.errorCode(CREATE, { input: { kind: 'ANNOUNCEMENT', title: 'News', memberIds: [] } })).toBe('FORBIDDEN');
    expect((await group(manager.client!, [ann.personId], 'PROJECT', 'Tower')).kind).toBe('PROJECT');
    expect(await manager.client!.errorCode(CREATE, { input: { kind: 'ANNOUNCEMENT', title: 'News', memberIds: [] } })).toBe('FORBIDDEN');
    expect((await group(hr.client!, [ann.personId], 'ANNOUNCEMENT', 'News')).kind).toBe('ANNOUNCEMENT');
    expect(fieldsOf(await hr.client!.request(CREATE, { input: { kind: 'DEPARTMENT', title: 'X', memberIds: [] } }))).toEqual([['kind', 'MESSAGING_DEPARTMENT_GROUP_MANAGED']]);
    expect(fieldsOf(await ann.client!.request(CREATE, { input: { kind: 'GROUP', title: '  ', memberIds: [] } }))).toEqual([['title', 'REQUIRED']]);
    expect(fieldsOf(await ann.client!.request(CREATE, { input: { kind: 'GROUP', title: 'X', memberIds: [org.rootDepartmentId] } }))).toEqual([['memberIds', 'MESSAGING_UNKNOWN_PEOPLE']]);
  });

  it('outsiders — another member of staff, an org admin, another organisation — cannot see, read or write in it', async () => {
    const crew = await group(ann.client!, [ben.personId]);
    expect(await dan.client!.errorCode(ONE, { id: crew.id })).toBe('NOT_FOUND');
    expect(await org.admin.errorCode(ONE, { id: crew.id })).toBe('NOT_FOUND');
    expect(await dan.client!.errorCode(HISTORY, { id: crew.id })).toBe('NOT_FOUND');
    expect(await dan.client!.errorCode(SEND, { input: { conversationId: crew.id, body: 'hi' } })).toBe('NOT_FOUND');
    const other = await createOrganization(t);
    expect(await other.admin.errorCode(ONE, { id: crew.id })).toBe('NOT_FOUND');
    const mine = await dan.client!.ok<{ conversations: { items: { id: string }[] } }>('{ conversations { items { id } } }');
    expect(mine.conversations.items.map((c) => c.id)).not.toContain(crew.id);
  });

  it('members: any member adds to a plain group, only admins to a project group; admins remove but never an owner', async () => {
    const crew = await group(ann.client!, [ben.personId]);
    expect((await ben.client!.ok<{ addConversationMembers: { memberCount: number } }>(ADD, { id: crew.id, people: [cat.personId] })).addConversationMembers.memberCount).toBe(3);
    expect(await ben.client!.errorCode(REMOVE, { id: crew.id, person: cat.personId })).toBe('FORBIDDEN');
    await ann.client!.ok(SET_ROLE, { id: crew.id, person: ben.personId, role: 'ADMIN' });
    const listed = await cat.client!.ok<{ conversation: { members: { items: { person: { id: string }; role: string }[] } } }>(ONE, { id: crew.id });
    expect(listed.conversation.members.items.map((m) => [m.role, m.person.id])).toEqual([
      ['OWNER', ann.personId],
      ['ADMIN', ben.personId],
      ['MEMBER', cat.personId],
    ]);
    expect(await ben.client!.errorCode(REMOVE, { id: crew.id, person: ann.personId })).toBe('FORBIDDEN');
    expect((await ben.client!.ok<{ removeConversationMember: { memberCount: number } }>(REMOVE, { id: crew.id, person: cat.personId })).removeConversationMember.memberCount).toBe(2);
    expect(await cat.client!.errorCode(ONE, { id: crew.id })).toBe('NOT_FOUND');
    expect(await ben.client!.errorCode(SET_ROLE, { id: crew.id, person: ann.personId, role: 'MEMBER' })).toBe('FORBIDDEN');
    expect(await ann.client!.errorCode(SET_ROLE, { id: crew.id, person: ann.personId, role: 'MEMBER' })).toBe('MESSAGING_LAST_OWNER');
    const tower = await group(manager.client!, [ann.personId], 'PROJECT', 'Tower');
    expect(await ann.client!.errorCode(ADD, { id: tower.id, people: [dan.personId] })).toBe('FORBIDDEN');
    expect(fieldsOf(await manager.client!.request(ADD, { id: tower.id, people: [] }))).toEqual([['personIds', 'REQUIRED']]);
  });

  it('the last owner leaving hands the group to its next member; direct chats cannot be left', async () => {
    const crew = await group(cat.client!, [dan.personId, ben.personId]);
    expect((await cat.client!.ok<{ leaveConversation: boolean }>(LEAVE, { id: crew.id })).leaveConversation).toBe(true);
    const seen = await dan.client!.ok<{ conversation: { memberCount: number; members: { items: { person: { id: string }; role: string }[] } } }>(ONE, { id: crew.id });
    expect(seen.conversation.memberCount).toBe(2);
    expect(seen.conversation.members.items.filter((m) => m.role === 'OWNER')).toHaveLength(1);
    const direct = (await cat.client!.ok<{ startDirectConversation: Conversation }>(START_DIRECT, { personId: dan.personId })).startDirectConversation;
    expect(await cat.client!.errorCode(LEAVE, { id: direct.id })).toBe('MESSAGING_DIRECT_CHAT_FIXED');
  });

  it('an owner archives a group: still readable, nobody posts; announcement channels take posts from admins only', async () => {
    const crew = await group(ann.client!, [ben.personId]);
    await send(ben.client!, crew.id, 'before');
    expect(await ben.client!.errorCode('mutation($id: ID!) { archiveConversation(conversationId: $id) { id } }', { id: crew.id })).toBe('FORBIDDEN');
    await ann.client!.ok('mutation($id: ID!) { archiveConversation(conversationId: $id) { id } }', { id: crew.id });
    expect(await ben.client!.errorCode(SEND, { input: { conversationId: crew.id, body: 'after' } })).toBe('MESSAGING_CONVERSATION_ARCHIVED');
    expect((await ben.client!.ok<{ conversationMessages: { items: { body: string }[] } }>(HISTORY, { id: crew.id })).conversationMessages.items.map((m) => m.body)).toEqual(['before']);
    const news = await group(hr.client!, [ann.personId], 'ANNOUNCEMENT', 'News');
    expect(await ann.client!.errorCode(SEND, { input: { conversationId: news.id, body: 'hi all' } })).toBe('MESSAGING_POST_NOT_ALLOWED');
    expect((await send(hr.client!, news.id, 'Typhoon signal 8: stay home', { mentionsAll: true })).seq).toBe(1);
    const seen = await ann.client!.ok<{ conversation: Conversation }>(ONE, { id: news.id });
    expect(seen.conversation.viewerCan.post).toBe(false);
  });

  it('mutes until a time and archives for oneself only', async () => {
    const crew = await group(ann.client!, [ben.personId]);
    const until = new Date(Date.now() + 3_600_000).toISOString();
    const changed = await ben.client!.ok<{ changeMyConversationSettings: Conversation }>(
      `mutation($id: ID!, $until: DateTimeISO, $archived: Boolean) { changeMyConversationSettings(conversationId: $id, mutedUntil: $until, archived: $archived) { ${CONVERSATION} } }`,
      { id: crew.id, until, archived: true },
    );
    expect(changed.changeMyConversationSettings.me).toMatchObject({ mutedUntil: until, archived: true });
    const archived = await ben.client!.ok<{ conversations: { items: { id: string }[] } }>('{ conversations(filter: { archived: true }) { items { id } } }');
    expect(archived.conversations.items.map((c) => c.id)).toContain(crew.id);
    const annSees = await ann.client!.ok<{ conversation: Conversation }>(ONE, { id: crew.id });
    expect(annSees.conversation.me).toMatchObject({ archived: false });
  });
});

describe('messaging: messages', () => {
  let crew: Conversation;
  beforeAll(async () => {
    crew = await group(ann.client!, [ben.personId, cat.personId]);
  });

  it('sends text with mentions and replies in threads; refuses mentions of outsiders and replies to elsewhere', async () => {
    const first = await send(ann.client!, crew.id, '@Ben please check the scaffold', { mentionIds: [ben.personId] });
    expect(first).toMatchObject({ seq: 1, kind: 'TEXT', mentionIds: [ben.personId], threadRootId: null, sender: { id: ann.personId } });
    const reply = await send(ben.client!, crew.id, 'Done', { replyToId: first.id });
    expect(reply).toMatchObject({ seq: 2, threadRootId: first.id, replyTo: { id: first.id } });
    const again = await send(cat.client!, crew.id, 'Thanks', { replyToId: reply.id });
    expect(again.threadRootId).toBe(first.id);
    expect(fieldsOf(await ann.client!.request(SEND, { input: { conversationId: crew.id, body: 'hi', mentionIds: [dan.personId] } }))).toEqual([['mentionIds', 'MESSAGING_MENTION_NOT_MEMBER']]);
    const elsewhere = await group(ann.client!, [ben.personId], 'GROUP', 'Elsewhere');
    const foreign = await send(ann.client!, elsewhere.id, 'other');
    expect(fieldsOf(await ann.client!.request(SEND, { input: { conversationId: crew.id, body: 'hi', replyToId: foreign.id } }))).toEqual([['replyToId', 'MESSAGING_REPLY_ELSEWHERE']]);
  });

  it('location messages carry a place; bad input is refused field by field', async () => {
    const site = await send(ben.client!, crew.id, 'Site report: crack in slab', { kind: 'LOCATION', location: { latitude: 22.3119, longitude: 114.2252, name: '觀塘地盤 B 座' } });
    expect(site).toMatchObject({ kind: 'LOCATION', location: { latitude: 22.3119, longitude: 114.2252, name: '觀塘地盤 B 座' } });
    expect(fieldsOf(await ben.client!.request(SEND, { input: { conversationId: crew.id, kind: 'LOCATION', location: { latitude: 91, longitude: 0 } } }))).toEqual([
      ['location.latitude', 'INVALID_VALUE'],
    ]);
    expect(fieldsOf(await ben.client!.request(SEND, { input: { conversationId: crew.id, kind: 'LOCATION' } }))).toEqual([['location', 'REQUIRED']]);
    expect(fieldsOf(await ben.client!.request(SEND, { input: { conversationId: crew.id, body: '   ' } }))).toEqual([['body', 'REQUIRED']]);
    expect(fieldsOf(await ben.client!.request(SEND, { input: { conversationId: crew.id, body: 'x', clientMessageId: 'has space' } }))).toEqual([['clientMessageId', 'INVALID_VALUE']]);
    expect(fieldsOf(await ben.client!.request(SEND, { input: { conversationId: crew.id, body: 'x', location: { latitude: 1, longitude: 1 } } }))).toEqual([
      ['location', 'MESSAGING_LOCATION_ONLY_FOR_LOCATION'],
    ]);
  });

  it('an offline queue replayed twice, and at once from two connections, sends each message exactly once, numbers gap-free', async () => {
    const chat = await group(dan.client!, [ann.personId], 'GROUP', 'Replay');
    const queue = ['m-1', 'm-2', 'm-3'].map((id, index) => ({ conversationId: chat.id, body: `offline ${index + 1}`, clientMessageId: `device-7:${id}` }));
    const firstRun = [];
    for (const input of queue) firstRun.push((await dan.client!.ok<{ sendMessage: Message }>(SEND, { input })).sendMessage);
    const secondRun = await Promise.all([...queue, ...queue].map((input) => dan.client!.ok<{ sendMessage: Message }>(SEND, { input })));
    expect(secondRun.map((r) => r.sendMessage.id)).toEqual([...firstRun, ...firstRun].map((m) => m.id));
    expect(firstRun.map((m) => m.clientMessageId)).toEqual(queue.map((q) => q.clientMessageId));
    const history = await dan.client!.ok<{ conversationMessages: { items: { seq: number; body: string }[] } }>(HISTORY, { id: chat.id });
    expect(history.conversationMessages.items.map((m) => [m.seq, m.body])).toEqual([
      [1, 'offline 1'],
      [2, 'offline 2'],
      [3, 'offline 3'],
    ]);
    const events = await t.sql<{ n: number }>(`select count(*)::int as n from outbox_event where type = 'messaging.message.sent' and subject_id = $1`, [chat.id]);
    expect(events[0].n).toBe(3);
    // Ten sends of one new id at the same moment: one message.
    const burst = await Promise.all(
      Array.from({ length: 10 }, () => dan.client!.ok<{ sendMessage: Message }>(SEND, { input: { conversationId: chat.id, body: 'burst', clientMessageId: 'device-7:burst' } })),
    );
    expect(new Set(burst.map((b) => b.sendMessage.id)).size).toBe(1);
    expect(burst[0].sendMessage.seq).toBe(4);
    // The other member does not see the sender's device ids.
    const seenByAnn = await ann.client!.ok<{ conversationMessages: { items: { clientMessageId: string | null }[] } }>(
      `query($id: ID!) { conversationMessages(conversationId: $id) { items { clientMessageId } } }`,
      { id: chat.id },
    );
    expect(seenByAnn.conversationMessages.items.every((m) => m.clientMessageId === null)).toBe(true);
    const other = await group(dan.client!, [ann.personId], 'GROUP', 'Other');
    expect(fieldsOf(await dan.client!.request(SEND, { input: { conversationId: other.id, body: 'x', clientMessageId: 'device-7:m-1' } }))).toEqual([['clientMessageId', 'MESSAGING_CLIENT_ID_REUSED']]);
  });

  it('history pages both ways by seq', async () => {
    const chat = await group(ann.client!, [ben.personId], 'GROUP', 'History');
    for (let i = 1; i <= 7; i += 1) await send(ann.client!, chat.id, `m${i}`);
    const latest = (await ann.client!.ok<{ conversationMessages: { items: { seq: number }[]; hasMoreBefore: boolean; hasMoreAfter: boolean } }>(HISTORY, { id: chat.id, limit: 3 }))
      .conversationMessages;
    expect(latest).toEqual({
      items: [
        { seq: 5, body: 'm5' },
        { seq: 6, body: 'm6' },
        { seq: 7, body: 'm7' },
      ].map(({ seq, body }) => ({ seq, body })),
      hasMoreBefore: true,
      hasMoreAfter: false,
    });
    const back = (await ann.client!.ok<{ conversationMessages: { items: { seq: number }[]; hasMoreBefore: boolean; hasMoreAfter: boolean } }>(HISTORY, { id: chat.id, before: 5, limit: 3 }))
      .conversationMessages;
    expect(back.items.map((m) => m.seq)).toEqual([2, 3, 4]);
    expect(back).toMatchObject({ hasMoreBefore: true, hasMoreAfter: true });
    const forward = (await ann.client!.ok<{ conversationMessages: { items: { seq: number }[]; hasMoreBefore: boolean; hasMoreAfter: boolean } }>(HISTORY, { id: chat.id, after: 5, limit: 10 }))
      .conversationMessages;
    expect(forward.items.map((m) => m.seq)).toEqual([6, 7]);
    expect(forward).toMatchObject({ hasMoreBefore: true, hasMoreAfter: false });
    expect(fieldsOf(await ann.client!.request(HISTORY, { id: chat.id, before: 5, after: 2 }))).toEqual([['after', 'MESSAGING_ONE_CURSOR']]);
    expect(fieldsOf(await ann.client!.request(HISTORY, { id: chat.id, limit: 101 }))).toEqual([['limit', 'PAGE_SIZE_TOO_LARGE']]);
  });

  it('edits: the sender, within the window; recalls: the sender within the window, group admins at any time', async () => {
    const EDIT = `mutation($id: ID!, $body: String!) { editMessage(id: $id, body: $body) { ${MESSAGE} } }`;
    const RECALL = `mutation($id: ID!) { recallMessage(id: $id) { ${MESSAGE} } }`;
    const chat = await group(ann.client!, [ben.personId, cat.personId], 'GROUP', 'Edits');
    const message = await send(ben.client!, chat.id, 'Meet at 9');
    expect(await cat.client!.errorCode(EDIT, { id: message.id, body: 'Meet at 10' })).toBe('FORBIDDEN');
    expect(await dan.client!.errorCode(EDIT, { id: message.id, body: 'Meet at 10' })).toBe('NOT_FOUND');
    const edited = (await ben.client!.ok<{ editMessage: Message & { editedAt: string } }>(EDIT, { id: message.id, body: 'Meet at 10' })).editMessage;
    expect(edited.body).toBe('Meet at 10');
    expect(edited.editedAt).not.toBeNull();
    expect(fieldsOf(await ben.client!.request(EDIT, { id: message.id, body: ' ' }))).toEqual([['body', 'REQUIRED']]);
    expect(await cat.client!.errorCode(RECALL, { id: message.id })).toBe('FORBIDDEN');
    await t.advanceClock(2 * 60 * 60_000);
    expect(await ben.client!.errorCode(EDIT, { id: message.id, body: 'Meet at 11' })).toBe('MESSAGING_EDIT_WINDOW_PASSED');
    const late = await send(ben.client!, chat.id, 'late one');
    await t.advanceClock(25 * 60 * 60_000);
    expect(await ben.client!.errorCode(RECALL, { id: late.id })).toBe('MESSAGING_RECALL_WINDOW_PASSED');
    await cat.client!.ok(`mutation($id: ID!) { addMessageReaction(id: $id, emoji: "👍") { id } }`, { id: late.id });
    const recalled = (await ann.client!.ok<{ recallMessage: Message }>(RECALL, { id: late.id })).recallMessage;
    expect(recalled).toMatchObject({ body: null, reactions: [] });
    expect(recalled.recalledAt).not.toBeNull();
    expect(await ben.client!.errorCode(EDIT, { id: late.id, body: 'x' })).toBe('MESSAGING_MESSAGE_RECALLED');
  });

  it('reactions count once per person and emoji', async () => {
    const REACT = `mutation($id: ID!, $emoji: String!) { addMessageReaction(id: $id, emoji: $emoji) { reactions { emoji count mine } } }`;
    const UNREACT = `mutation($id: ID!, $emoji: String!) { removeMessageReaction(id: $id, emoji: $emoji) { reactions { emoji count mine } } }`;
    const message = await send(ann.client!, crew.id, 'Concrete pour tomorrow 7am');
    await ben.client!.ok(REACT, { id: message.id, emoji: '👍' });
    await ben.client!.ok(REACT, { id: message.id, emoji: '👍' });
    const both = await cat.client!.ok<{ addMessageReaction: { reactions: unknown[] } }>(REACT, { id: message.id, emoji: '👍' });
    expect(both.addMessageReaction.reactions).toEqual([{ emoji: '👍', count: 2, mine: true }]);
    const after = await cat.client!.ok<{ removeMessageReaction: { reactions: unknown[] } }>(UNREACT, { id: message.id, emoji: '👍' });
    expect(after.removeMessageReaction.reactions).toEqual([{ emoji: '👍', count: 1, mine: false }]);
    expect(fieldsOf(await cat.client!.request(REACT, { id: message.id, emoji: 'two words' }))).toEqual([['emoji', 'INVALID_VALUE']]);
    expect(await dan.client!.errorCode(REACT, { id: message.id, emoji: '👍' })).toBe('NOT_FOUND');
  });

  it('moderators remove messages from groups (audited), never from direct chats; staff cannot moderate', async () => {
    const MODERATE = `mutation($id: ID!, $reason: String!) { removeMessageAsModerator(id: $id, reason: $reason) { body recalledAt } }`;
    const message = await send(ben.client!, crew.id, 'something rude');
    expect(await cat.client!.errorCode(MODERATE, { id: message.id, reason: 'rude' })).toBe('FORBIDDEN');
    expect(fieldsOf(await org.admin.request(MODERATE, { id: message.id, reason: ' ' }))).toEqual([['reason', 'REQUIRED']]);
    const removed = await org.admin.ok<{ removeMessageAsModerator: { body: string | null } }>(MODERATE, { id: message.id, reason: 'rude' });
    expect(removed.removeMessageAsModerator.body).toBeNull();
    const audit = await t.sql<{ n: number }>(`select count(*)::int as n from audit_entry where action = 'messaging.message.moderated' and target_id = $1`, [crew.id]);
    expect(audit[0].n).toBe(1);
    const direct = (await ben.client!.ok<{ startDirectConversation: Conversation }>(START_DIRECT, { personId: cat.personId })).startDirectConversation;
    const secret = await send(ben.client!, direct.id, 'between us');
    expect(await org.admin.errorCode(MODERATE, { id: secret.id, reason: 'curious' })).toBe('NOT_FOUND');
  });

  it('messages and read marks are not chained into the audit log one by one', async () => {
    const rows = await t.sql<{ n: number }>(`select count(*)::int as n from audit_entry where action in ('messaging.message.sent', 'messaging.conversation.read')`);
    expect(rows[0].n).toBe(0);
  });
});

describe('messaging: search', () => {
  const SEARCH = `query($q: String!, $c: ID) { searchMessages(query: $q, conversationId: $c) { totalCount items { message { id body conversationId } highlight { snippet ranges { start length } } } } }`;
  type Found = { totalCount: number; items: { message: { id: string; body: string; conversationId: string }; highlight: { snippet: string; ranges: { start: number; length: number }[] } }[] };
  const search = async (client: GqlClient, q: string, c?: string) => (await client.ok<{ searchMessages: Found }>(SEARCH, { q, c })).searchMessages;

  it('finds Chinese and English in the caller’s conversations only, best match first, highlighted', async () => {
    const site = await group(ann.client!, [ben.personId], 'GROUP', 'Search site');
    const meeting = await send(ann.client!, site.id, '明天九點在觀塘地盤開會，請準時出席');
    const loose = await send(ben.client!, site.id, '觀塘那邊下午才開始召開會議');
    const pour = await send(ben.client!, site.id, 'Concrete pours scheduled for Tuesday');
    const secret = await group(cat.client!, [dan.personId], 'GROUP', 'Not Ann’s');
    await send(cat.client!, secret.id, '觀塘地盤開會 secret');
    const found = await search(ann.client!, '觀塘 開會');
    expect(found.items.map((item) => item.message.id)).toEqual([meeting.id, loose.id]);
    const first = found.items[0].highlight;
    expect(first.ranges.map((r) => first.snippet.slice(r.start, r.start + r.length))).toEqual(['觀塘', '開會']);
    expect((await search(ann.client!, 'pour', site.id)).items.map((item) => item.message.id)).toEqual([pour.id]);
    expect((await search(ann.client!, 'concr', site.id)).items.map((item) => item.message.id)).toEqual([pour.id]);
    expect((await search(dan.client!, '觀塘')).items.map((item) => item.message.body)).toEqual(['觀塘地盤開會 secret']);
    expect(await search(ann.client!, '觀塘', secret.id).catch((error: Error) => error.message)).toContain('NOT_FOUND');
    expect(await ann.client!.errorCode(SEARCH, { q: ' ?! ' })).toBe('SEARCH_QUERY_EMPTY');
    await ben.client!.ok('mutation($id: ID!) { recallMessage(id: $id) { id } }', { id: loose.id });
    expect((await search(ann.client!, '觀塘', site.id)).items.map((item) => item.message.id)).toEqual([meeting.id]);
  });
});

describe('messaging: read state and receipts', () => {
  it('the watermark only moves forward; unread counts others’ messages after it', async () => {
    const chat = await group(ann.client!, [ben.personId]);
    for (const body of ['a', 'b', 'c']) await send(ann.client!, chat.id, body);
    const before = await ben.client!.ok<{ conversation: Conversation }>(ONE, { id: chat.id });
    expect(before.conversation.me).toMatchObject({ readSeq: 0, unreadCount: 3 });
    expect((await ben.client!.ok<{ markConversationRead: Conversation }>(MARK_READ, { id: chat.id, seq: 2 })).markConversationRead.me).toMatchObject({ readSeq: 2, unreadCount: 1 });
    expect((await ben.client!.ok<{ markConversationRead: Conversation }>(MARK_READ, { id: chat.id, seq: 1 })).markConversationRead.me).toMatchObject({ readSeq: 2 });
    expect((await ben.client!.ok<{ markConversationRead: Conversation }>(MARK_READ, { id: chat.id, seq: 99 })).markConversationRead.me).toMatchObject({ readSeq: 3, unreadCount: 0 });
    expect(fieldsOf(await ben.client!.request(MARK_READ, { id: chat.id, seq: -1 }))).toEqual([['seq', 'INVALID_VALUE']]);
    // Writing reads: Ann answering after Ben's message has nothing unread.
    await send(ben.client!, chat.id, 'd');
    await send(ann.client!, chat.id, 'e');
    expect((await ann.client!.ok<{ conversation: Conversation }>(ONE, { id: chat.id })).conversation.me).toMatchObject({ readSeq: 5, unreadCount: 0 });
  });

  it('two devices marking at once keep the higher mark', async () => {
    const chat = await group(ann.client!, [ben.personId]);
    for (let i = 0; i < 10; i += 1) await send(ann.client!, chat.id, `n${i}`);
    await Promise.all([10, 3, 7, 5, 9].map((seq) => ben.client!.ok(MARK_READ, { id: chat.id, seq })));
    expect((await ben.client!.ok<{ conversation: Conversation }>(ONE, { id: chat.id })).conversation.me?.readSeq).toBe(10);
  });

  it('only the sender sees who read, with when; members who hide receipts are only counted', async () => {
    const chat = await group(ann.client!, [ben.personId, cat.personId, dan.personId], 'GROUP', 'Receipts');
    const message = await send(ann.client!, chat.id, 'Schedule changed: class moved to 4pm', { important: true });
    await ben.client!.ok(MARK_READ, { id: chat.id, seq: message.seq });
    await dan.client!.ok('mutation { setMyReadReceipts(show: false) { showReadReceipts } }');
    await dan.client!.ok(MARK_READ, { id: chat.id, seq: message.seq });
    const seen = await ann.client!.ok<{ conversationMessages: { items: { receipts: any }[] } }>(RECEIPTS, { id: chat.id });
    const receipts = seen.conversationMessages.items[0].receipts;
    expect(receipts).toMatchObject({ readCount: 1, unreadCount: 1, hiddenCount: 1 });
    expect(receipts.readers.items.map((r: { person: { id: string } }) => r.person.id)).toEqual([ben.personId]);
    expect(receipts.readers.items[0].readAt).not.toBeNull();
    expect(receipts.notYetRead.items.map((p: { id: string }) => p.id)).toEqual([cat.personId]);
    for (const other of [ben, cat, dan]) {
      const theirs = await other.client!.ok<{ conversationMessages: { items: { receipts: unknown }[] } }>(RECEIPTS, { id: chat.id });
      expect(theirs.conversationMessages.items[0].receipts).toBeNull();
    }
    await dan.client!.ok('mutation { setMyReadReceipts(show: true) { showReadReceipts } }');
  });

  it('an organisation that turns receipts off shows them to nobody', async () => {
    const chat = await group(ann.client!, [ben.personId]);
    await send(ann.client!, chat.id, 'hello');
    await ben.client!.ok(MARK_READ, { id: chat.id, seq: 1 });
    const POLICY = `mutation($input: ChangeMessagingPolicyInput!) { changeMessagingPolicy(input: $input) { readReceipts } }`;
    expect(await ann.client!.errorCode(POLICY, { input: { readReceipts: false } })).toBe('FORBIDDEN');
    await org.admin.ok(POLICY, { input: { readReceipts: false } });
    const seen = await ann.client!.ok<{ conversationMessages: { items: { receipts: unknown }[] } }>(RECEIPTS, { id: chat.id });
    expect(seen.conversationMessages.items[0].receipts).toBeNull();
    await org.admin.ok(POLICY, { input: { readReceipts: true } });
    expect(fieldsOf(await org.admin.request(POLICY, { input: { editWindowMinutes: -1, retentionDays: 100_000 } }))).toEqual([
      ['editWindowMinutes', 'INVALID_VALUE'],
      ['retentionDays', 'INVALID_VALUE'],
    ]);
    const audit = await t.sql<{ n: number }>(`select count(*)::int as n from audit_entry where action = 'messaging.policy.changed'`);
    expect(audit[0].n).toBe(2);
  });
});

describe('messaging: sync', () => {
  it('a device catches up from its cursor: its conversations’ changes and its own read marks; once removed, only that it left', async () => {
    const chat = await group(ann.client!, [cat.personId], 'GROUP', 'Sync');
    const elsewhere = await group(ann.client!, [ben.personId], 'GROUP', 'Not Cat’s');
    const cursor = await settledCursor(cat.client!);
    const message = await send(ann.client!, chat.id, 'first');
    await send(ann.client!, elsewhere.id, 'not for cat');
    await cat.client!.ok(MARK_READ, { id: chat.id, seq: 1 });
    await ben.client!.ok(MARK_READ, { id: elsewhere.id, seq: 1 });
    await settledCursor(ann.client!);
    const feed = await changes(cat.client!, cursor);
    expect(feed.changes.map((c) => [c.type, c.conversationId, c.seq ?? c.readSeq])).toEqual([
      ['MESSAGE_SENT', chat.id, 1],
      ['READ', chat.id, 1],
    ]);
    expect(feed.changes[0].message).toEqual({ id: message.id, body: 'first' });
    expect(await changes(cat.client!, feed.cursor)).toEqual({ cursor: feed.cursor, hasMore: false, changes: [] });
    // Removed while offline: the device learns it left, and nothing said after.
    await ann.client!.ok(REMOVE, { id: chat.id, person: cat.personId });
    await send(ann.client!, chat.id, 'after cat left');
    await settledCursor(ann.client!);
    const later = await changes(cat.client!, feed.cursor);
    expect(later.changes.map((c) => [c.type, c.conversationId, c.personIds])).toEqual([['MEMBERS_REMOVED', chat.id, [cat.personId]]]);
    expect(fieldsOf(await cat.client!.request(CHANGES, { since: -1 }))).toEqual([['since', 'INVALID_VALUE']]);
    expect(fieldsOf(await cat.client!.request(CHANGES, { since: 0, limit: 501 }))).toEqual([['limit', 'PAGE_SIZE_TOO_LARGE']]);
  });

  it('one live subscription carries every conversation of its person, only theirs, and follows membership', async () => {
    const cursor = await settledCursor(ben.client!);
    const benLive = live(ben.client!, cursor);
    const danLive = live(dan.client!, await settledCursor(dan.client!));
    try {
      const chat = await group(ann.client!, [ben.personId], 'GROUP', 'Live');
      const first = await send(ann.client!, chat.id, 'live one');
      await until(() => benLive.received.some((c) => c.messageId === first.id), 'Ben to receive the message');
      const delivered = benLive.received.find((c) => c.messageId === first.id)!;
      expect(delivered).toMatchObject({ type: 'MESSAGE_SENT', conversationId: chat.id, seq: 1, message: { id: first.id, body: 'live one', sender: { id: ann.personId } } });
      // Dan is added: from then on he receives it; then removed: he learns it, and nothing after.
      await ann.client!.ok(ADD, { id: chat.id, people: [dan.personId] });
      const second = await send(ann.client!, chat.id, 'welcome Dan');
      await until(() => danLive.received.some((c) => c.messageId === second.id), 'Dan to receive the message after joining');
      expect(danLive.received.some((c) => c.messageId === first.id)).toBe(false);
      await ann.client!.ok(REMOVE, { id: chat.id, person: dan.personId });
      const third = await send(ann.client!, chat.id, 'Dan has gone');
      await until(() => benLive.received.some((c) => c.messageId === third.id), 'Ben to receive the third message');
      await until(() => danLive.received.some((c) => c.type === 'MEMBERS_REMOVED'), 'Dan to learn he was removed');
      expect(danLive.received.some((c) => c.messageId === third.id)).toBe(false);
      // Ben reading reaches Ann's devices only if Ann subscribes; Ben's own other devices get it.
      await ben.client!.ok(MARK_READ, { id: chat.id, seq: 3 });
      await until(() => benLive.received.some((c) => c.type === 'READ' && c.readSeq === 3), 'Ben’s other device to learn of the read mark');
      expect(benLive.errors).toEqual([]);
      expect(danLive.errors).toEqual([]);
    } finally {
      await benLive.close();
      await danLive.close();
    }
  });

  it('a read mark reaches the sender live, unless the reader hides receipts', async () => {
    const chat = await group(ann.client!, [ben.personId, cat.personId], 'GROUP', 'Live receipts');
    const message = await send(ann.client!, chat.id, 'please confirm');
    const annLive = live(ann.client!, await settledCursor(ann.client!));
    try {
      await cat.client!.ok('mutation { setMyReadReceipts(show: false) { showReadReceipts } }');
      await cat.client!.ok(MARK_READ, { id: chat.id, seq: message.seq });
      await ben.client!.ok(MARK_READ, { id: chat.id, seq: message.seq });
      await until(() => annLive.received.some((c) => c.type === 'READ' && c.personIds[0] === ben.personId), 'Ann to see Ben’s read mark');
      expect(annLive.received.some((c) => c.type === 'READ' && c.personIds[0] === cat.personId)).toBe(false);
    } finally {
      await annLive.close();
      await cat.client!.ok('mutation { setMyReadReceipts(show: true) { showReadReceipts } }');
    }
  });

  it('a subscription resumed with a cursor first sends what was missed', async () => {
    const chat = await group(ann.client!, [ben.personId], 'GROUP', 'Resume');
    const cursor = await settledCursor(ben.client!);
    const missed = await send(ann.client!, chat.id, 'while you were away');
    await settledCursor(ann.client!);
    const resumed = live(ben.client!, cursor);
    try {
      await until(() => resumed.received.some((c) => c.messageId === missed.id), 'the missed message to be replayed');
      const next = await send(ann.client!, chat.id, 'and now live');
      await until(() => resumed.received.some((c) => c.messageId === next.id), 'the live message');
      expect(resumed.received.filter((c) => c.messageId === missed.id)).toHaveLength(1);
    } finally {
      await resumed.close();
    }
  });

  it('a signed-out session’s subscription is refused', async () => {
    const result = await new Promise<unknown>((resolve) => {
      const ws = t.anonymous().ws();
      ws.subscribe({ query: 'subscription { messagingChanged { sequence } }' }, { next: resolve, error: resolve, complete: () => resolve('complete') });
    });
    expect(result).not.toBe('complete');
  });
});

describe('messaging: DING', () => {
  const DING = `mutation($m: ID!, $p: [ID!]!, $e: Boolean) { dingMessage(messageId: $m, personIds: $p, emergency: $e) { id emergency recipients { person { id } confirmedAt textedAt } } }`;
  const texts = (dingId: string) => t.sql<{ person_id: string; purpose: string }>(`select person_id, purpose from sms_message where key like $1`, [`ding:${dingId}:%`]);
  /** The Hong Kong clock time `minutes` after an instant the app gave (its clock may have been moved forward). */
  const hkTime = (at: string, minutes: number) =>
    new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Hong_Kong', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(Date.parse(at) + minutes * 60_000));

  it('texts recipients who have neither read nor confirmed once the delay passes; quiet hours hold texts unless an emergency', async () => {
    const site = await group(ann.client!, [ben.personId, cat.personId, dan.personId], 'GROUP', 'Urgent');
    const message = (
      await ann.client!.ok<{ sendMessage: { id: string; seq: number; createdAt: string } }>(`mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq createdAt } }`, {
        input: { conversationId: site.id, body: 'Crane inspection moved to 8am tomorrow — confirm!' },
      })
    ).sendMessage;
    await cat.client!.ok(MARK_READ, { id: site.id, seq: message.seq });
    const ding = (
      await ann.client!.ok<{ dingMessage: { id: string; recipients: { person: { id: string } }[] } }>(DING, { m: message.id, p: [ben.personId, cat.personId, dan.personId, hr.personId].slice(0, 3) })
    ).dingMessage;
    expect(ding.recipients.map((r) => r.person.id).sort()).toEqual([ben.personId, cat.personId, dan.personId].sort());
    expect(
      (await dan.client!.ok<{ confirmDing: { id: string; recipients: unknown } }>('mutation($id: ID!) { confirmDing(id: $id) { id recipients { confirmedAt } } }', { id: ding.id })).confirmDing,
    ).toEqual({ id: ding.id, recipients: null });
    // Ben keeps quiet hours around now: no text for him until they end.
    const quiet = await ben.client!.ok<{ setMyQuietHours: { quietHoursStart: string } }>('mutation($s: String, $e: String) { setMyQuietHours(start: $s, end: $e) { quietHoursStart quietHoursEnd } }', {
      s: hkTime(message.createdAt, -60),
      e: hkTime(message.createdAt, 120),
    });
    expect(quiet.setMyQuietHours.quietHoursStart).toMatch(/^\d\d:\d\d$/);
    await t.advanceClock(6 * 60_000);
    const emergency = (await ann.client!.ok<{ dingMessage: { id: string } }>(DING, { m: message.id, p: [ben.personId], e: true })).dingMessage;
    await t.advanceClock(6 * 60_000);
    await until(async () => (await texts(emergency.id)).length === 1, 'the emergency text to Ben');
    // The first DING texted nobody: Cat read it, Dan confirmed, Ben is in his quiet hours.
    const sent = await ann.client!.ok<{ conversationMessages: { items: { id: string }[] } }>(HISTORY, { id: site.id });
    expect(sent.conversationMessages.items).toHaveLength(1);
    expect(await texts(ding.id)).toEqual([]);
    expect(await texts(emergency.id)).toEqual([{ person_id: ben.personId, purpose: 'messaging.ding' }]);
    await ben.client!.ok('mutation { setMyQuietHours(start: null, end: null) { quietHoursStart } }');
  });

  it('texts an unread recipient once, however often the job runs', async () => {
    const site = await group(ann.client!, [ben.personId], 'GROUP', 'Urgent two');
    const message = await send(ann.client!, site.id, 'Site closed today (typhoon)');
    const ding = (await ann.client!.ok<{ dingMessage: { id: string } }>(DING, { m: message.id, p: [ben.personId] })).dingMessage;
    await t.advanceClock(6 * 60_000);
    await until(async () => (await texts(ding.id)).length === 1, 'the text to Ben');
    const seen = await ann.client!.ok<{ dingMessage: unknown }>(DING, { m: message.id, p: [ben.personId] });
    expect(seen).toBeTruthy();
    await t.advanceClock(6 * 60_000);
    expect(await texts(ding.id)).toHaveLength(1);
  });

  it('only the sender DINGs, only members, at most ten an hour; others see no recipients', async () => {
    const site = await group(cat.client!, [ben.personId], 'GROUP', 'Urgent three');
    const message = await send(cat.client!, site.id, 'Please call me');
    expect(await ben.client!.errorCode(DING, { m: message.id, p: [cat.personId] })).toBe('FORBIDDEN');
    expect(await dan.client!.errorCode(DING, { m: message.id, p: [cat.personId] })).toBe('NOT_FOUND');
    expect(fieldsOf(await cat.client!.request(DING, { m: message.id, p: [dan.personId] }))).toEqual([['personIds', 'MESSAGING_DING_NOT_MEMBER']]);
    expect(fieldsOf(await cat.client!.request(DING, { m: message.id, p: [cat.personId] }))).toEqual([['personIds', 'REQUIRED']]);
    expect(await dan.client!.errorCode('mutation($id: ID!) { confirmDing(id: $id) { id } }', { id: message.id })).toBe('NOT_FOUND');
    const results = await Promise.all(Array.from({ length: 12 }, () => cat.client!.request(DING, { m: message.id, p: [ben.personId] })));
    expect(results.filter((r) => !r.errors).length).toBe(10);
    expect(results.filter((r) => r.errors).map((r) => r.errors![0].extensions.code)).toEqual(['MESSAGING_DING_LIMIT', 'MESSAGING_DING_LIMIT']);
    expect(fieldsOf(await ben.client!.request('mutation { setMyQuietHours(start: "25:00", end: null) { quietHoursStart } }'))).toEqual([
      ['end', 'REQUIRED'],
      ['start', 'INVALID_VALUE'],
    ]);
  });
});

describe('messaging: department groups', () => {
  it('once turned on, each department gets a group of its people, led by its leaders, following joins, leaves and the policy', async () => {
    expect((await org.admin.ok<{ messagingPolicy: { departmentGroups: boolean } }>('{ messagingPolicy { departmentGroups } }')).messagingPolicy.departmentGroups).toBe(false);
    await org.admin.ok('mutation { changeMessagingPolicy(input: { departmentGroups: true }) { departmentGroups } }');
    const site = await createDepartment(org, 'Kwun Tong Site');
    const foreman = await createPerson(t, org, { name: 'Fiona Foreman', departmentId: site });
    const worker = await createPerson(t, org, { name: 'Wing Worker', departmentId: site });
    await setDepartmentLeaders(org, site, [foreman.personId]);
    const findGroup = async (client: GqlClient) =>
      (
        await client.ok<{ conversations: { items: { id: string; title: string; memberCount: number; me: { role: string } }[] } }>(
          '{ conversations(filter: { kind: DEPARTMENT }) { items { id title memberCount me { role } } } }',
        )
      ).conversations.items.find((c) => c.title === 'Kwun Tong Site');
    await until(async () => (await findGroup(worker.client!))?.memberCount === 2 && (await findGroup(foreman.client!))?.me.role === 'OWNER', 'the department group to form');
    const groupId = (await findGroup(worker.client!))!.id;
    expect(await worker.client!.errorCode(LEAVE, { id: groupId })).toBe('MESSAGING_DEPARTMENT_GROUP_MANAGED');
    expect(await foreman.client!.errorCode(ADD, { id: groupId, people: [ann.personId] })).toBe('MESSAGING_DEPARTMENT_GROUP_MANAGED');
    // Wing moves out of the department: he leaves the group.
    const [membership] = await membershipsOf(org, worker.personId);
    await org.admin.ok('mutation($input: MembershipInput!, $personId: ID!) { addPersonToDepartment(input: $input, personId: $personId) { id } }', {
      personId: worker.personId,
      input: { departmentId: org.rootDepartmentId, isPrimary: true },
    });
    await org.admin.ok('mutation($id: ID!) { removePersonFromDepartment(membershipId: $id) }', { id: membership.id });
    await until(async () => (await findGroup(foreman.client!))?.memberCount === 1, 'Wing to leave the group');
    expect(await worker.client!.errorCode(ONE, { id: groupId })).toBe('NOT_FOUND');
    // The policy turned off archives the groups.
    await org.admin.ok('mutation { changeMessagingPolicy(input: { departmentGroups: false }) { departmentGroups } }');
    await until(async () => (await foreman.client!.ok<{ conversation: { archivedAt: string | null } }>(ONE, { id: groupId })).conversation.archivedAt !== null, 'the group to be archived');
    await org.admin.ok('mutation { changeMessagingPolicy(input: { departmentGroups: true }) { departmentGroups } }');
    await until(async () => (await foreman.client!.ok<{ conversation: { archivedAt: string | null } }>(ONE, { id: groupId })).conversation.archivedAt === null, 'the group to reopen');
  });
});
