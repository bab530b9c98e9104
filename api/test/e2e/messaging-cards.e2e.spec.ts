import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, createPerson, type TestOrg, type TestPerson } from '../support/factories.js';
import { fieldsOf, startTestApp, until, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * Approval task cards through GraphQL: a task that becomes someone's to decide reaches them as a card in their work
 * notices (工作通知), whose Approve button calls the approvals verb; the card follows its task — approved, handed on,
 * no longer needed — and nobody else reads, writes in or moderates anyone's work notices.
 */
let t: TestApp;
let org: TestOrg;
let ann: TestPerson;
let ben: TestPerson;
let cat: TestPerson;
let template: string;

type Card = { type: string; title: string; subtitle: string | null; state: string; approvalTaskId: string; approvalRequestId: string; actions: string[] };
type CardMessage = { id: string; seq: number; kind: string; body: string; sender: { id: string } | null; card: Card };

const NOTICES = `{ conversations(filter: { kind: NOTICES }) { items { id kind title memberCount viewerCan { post leave addMembers } } } }`;
const CARDS = `query($id: ID!) { conversationMessages(conversationId: $id) { items { id seq kind body sender { id } card { type title subtitle state approvalTaskId approvalRequestId actions } } } }`;
const SUBMIT = `mutation($input: SubmitApprovalRequestInput!) { submitApprovalRequest(input: $input) { id } }`;

async function noticesOf(client: GqlClient): Promise<string | null> {
  const items = (await client.ok<{ conversations: { items: { id: string }[] } }>(NOTICES)).conversations.items;
  return items[0]?.id ?? null;
}

async function cards(client: GqlClient): Promise<CardMessage[]> {
  const id = await noticesOf(client);
  if (!id) return [];
  return (await client.ok<{ conversationMessages: { items: CardMessage[] } }>(CARDS, { id })).conversationMessages.items;
}

/** The card of a request in the client's notices, once the consumer has posted it (and, with `state`, once it got there). */
async function cardOf(client: GqlClient, requestId: string, state = 'PENDING'): Promise<CardMessage> {
  let found: CardMessage | undefined;
  await until(async () => {
    found = (await cards(client)).find((message) => message.card.approvalRequestId === requestId && message.card.state === state);
    return Boolean(found);
  }, `a ${state} card of request ${requestId}`);
  return found!;
}

async function submit(applicant: GqlClient, purpose: string): Promise<string> {
  return (await applicant.ok<{ submitApprovalRequest: { id: string } }>(SUBMIT, { input: { templateId: template, values: { purpose } } })).submitApprovalRequest.id;
}

beforeAll(async () => {
  t = await startTestApp();
  org = await createOrganization(t);
  [ann, ben, cat] = await Promise.all(['Ann', 'Ben', 'Cat'].map((name) => createPerson(t, org, { name })));
  const definition = {
    form: [{ key: 'purpose', type: 'TEXT', label: { en: 'Purpose' }, required: true }],
    flow: [{ id: 'boss', type: 'APPROVAL', approvers: [{ kind: 'PEOPLE', personIds: [ben.personId] }] }],
    policies: {},
  };
  template = (
    await org.admin.ok<{ createApprovalTemplate: { id: string } }>('mutation($input: CreateApprovalTemplateInput!) { createApprovalTemplate(input: $input) { id } }', {
      input: { names: { en: 'Site purchase' }, definition },
    })
  ).createApprovalTemplate.id;
  await org.admin.ok('mutation($id: ID!) { publishApprovalTemplate(id: $id) { id } }', { id: template });
});
afterAll(() => t.stop());

describe('messaging: approval task cards', () => {
  it('a task reaches its approver as a card with Approve and Reject; Approve calls the approvals verb, and the card follows', async () => {
    const request = await submit(ann.client!, 'Scaffolding for Block B');
    const card = await cardOf(ben.client!, request);
    expect(card).toMatchObject({ kind: 'CARD', sender: null, card: { type: 'APPROVAL_TASK', subtitle: 'Ann', state: 'PENDING', actions: ['APPROVE', 'REJECT'] } });
    expect(card.card.title).toBeTruthy();
    expect(card.body).toContain('Ann');

    // The button: the client calls approveApprovalTask with the card's task id — the approvals verb decides.
    await ben.client!.ok('mutation($id: ID!) { approveApprovalTask(id: $id) { id status } }', { id: card.card.approvalTaskId });
    const approved = await cardOf(ben.client!, request, 'APPROVED');
    expect(approved).toMatchObject({ id: card.id, seq: card.seq, card: { actions: [] } });
    // The applicant gets no card; they were not asked to decide.
    expect((await cards(ann.client!)).filter((message) => message.card.approvalRequestId === request)).toEqual([]);
  });

  it('a card is posted once per task, follows a hand-over (TRANSFERRED, and a card for the new approver), and closes when the request is withdrawn', async () => {
    const handed = await submit(ann.client!, 'Concrete pour');
    const mine = await cardOf(ben.client!, handed);
    await ben.client!.ok('mutation($id: ID!, $to: ID!) { transferApprovalTask(id: $id, toPersonId: $to) { id } }', { id: mine.card.approvalTaskId, to: cat.personId });
    await cardOf(ben.client!, handed, 'TRANSFERRED');
    const cats = await cardOf(cat.client!, handed);
    expect(cats.card.actions).toEqual(['APPROVE', 'REJECT']);

    const withdrawn = await submit(ann.client!, 'Crane hire');
    await cardOf(ben.client!, withdrawn);
    await ann.client!.ok('mutation($id: ID!) { withdrawApprovalRequest(id: $id) { id } }', { id: withdrawn });
    await cardOf(ben.client!, withdrawn, 'CLOSED');

    const all = (await cards(ben.client!)).filter((message) => [handed, withdrawn].includes(message.card.approvalRequestId));
    expect(all).toHaveLength(2);
  });

  it('someone else pressing Approve on another’s card is refused by the approvals verb', async () => {
    const request = await submit(ann.client!, 'Safety nets');
    const card = await cardOf(ben.client!, request);
    expect(await cat.client!.errorCode('mutation($id: ID!) { approveApprovalTask(id: $id) { id } }', { id: card.card.approvalTaskId })).toMatch(/^(FORBIDDEN|NOT_FOUND)$/);
    expect((await cardOf(ben.client!, request)).card.state).toBe('PENDING');
  });

  it('work notices are one person’s: nobody writes in them, joins, leaves or starts them, and no one else reads or moderates them', async () => {
    const request = await submit(ann.client!, 'Hoarding repair');
    await cardOf(ben.client!, request);
    const [notices] = (await ben.client!.ok<{ conversations: { items: { id: string; kind: string; memberCount: number; viewerCan: Record<string, boolean> }[] } }>(NOTICES)).conversations.items;
    expect(notices).toMatchObject({ kind: 'NOTICES', memberCount: 1, viewerCan: { post: false, leave: false, addMembers: false } });

    expect(await ben.client!.errorCode('mutation($id: ID!) { sendMessage(input: { conversationId: $id, body: "hi" }) { id } }', { id: notices.id })).toBe('MESSAGING_POST_NOT_ALLOWED');
    expect(await ben.client!.errorCode('mutation($id: ID!) { leaveConversation(conversationId: $id) }', { id: notices.id })).toBe('MESSAGING_NOTICES_MANAGED');
    expect(await ben.client!.errorCode('mutation($id: ID!, $p: [ID!]!) { addConversationMembers(conversationId: $id, personIds: $p) { id } }', { id: notices.id, p: [cat.personId] })).toBe(
      'MESSAGING_NOTICES_MANAGED',
    );
    expect(fieldsOf(await ben.client!.request('mutation { createConversation(input: { kind: NOTICES, title: "Mine", memberIds: [] }) { id } }'))).toEqual([['kind', 'MESSAGING_NOTICES_MANAGED']]);

    expect(await cat.client!.errorCode(CARDS, { id: notices.id })).toBe('NOT_FOUND');
    expect(await org.admin.errorCode(CARDS, { id: notices.id })).toBe('NOT_FOUND');
    expect(await org.admin.errorCode('query($id: ID!) { moderatedConversation(id: $id) { id } }', { id: notices.id })).toBe('NOT_FOUND');
    expect(await org.admin.errorCode('mutation($id: ID!) { moderatedMessages(conversationId: $id) { items { id } } }', { id: notices.id })).toBe('NOT_FOUND');
    const listed = (await org.admin.ok<{ moderatedConversations: { items: { kind: string }[] } }>('{ moderatedConversations(take: 100) { items { kind } } }')).moderatedConversations.items;
    expect(listed.some((item) => item.kind === 'NOTICES')).toBe(false);
  });
});
