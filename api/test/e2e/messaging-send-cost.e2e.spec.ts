import { stripVTControlCharacters } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganization, createPerson, type TestOrg, type TestPerson } from '../support/factories.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

const SEND = 'mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq } }';

/**
 * A message is a high-volume fact: sending one costs a few constant statements, however many messages the sender had
 * not read yet. The outbox worker is off (HARBOUR_ROLE=api) so only the request's own statements are counted.
 */
describe('SQL statements of a send stay few', () => {
  let t: TestApp;
  let org: TestOrg;
  let people: TestPerson[];
  let conversationId: string;
  const statements: string[] = [];
  let counting = false;

  beforeAll(async () => {
    t = await startTestApp({
      env: { HARBOUR_ROLE: 'api' },
      onQuery: (message) => {
        if (counting && message.includes('[query]')) statements.push(message);
      },
    });
    org = await createOrganization(t);
    people = [];
    for (let i = 0; i < 3; i += 1) people.push(await createPerson(t, org, { name: `Member ${i}` }));
    const created = await people[0].client!.ok<{ createConversation: { id: string } }>('mutation($p: [ID!]!) { createConversation(input: { kind: GROUP, title: "Crew", memberIds: $p }) { id } }', {
      p: people.slice(1).map((person) => person.personId),
    });
    conversationId = created.createConversation.id;
  });
  afterAll(() => t.stop());

  const counted = async (person: TestPerson, body: string) => {
    statements.length = 0;
    counting = true;
    await person.client!.ok(SEND, { input: { conversationId, kind: 'TEXT', body } });
    counting = false;
    // Transaction control apart, and the NOTIFY the previous send's commit announced itself with.
    return statements.map((statement) => stripVTControlCharacters(statement).replace('[query] ', '')).filter((statement) => !/^(begin|commit|select pg_notify)/.test(statement));
  };

  it('sends in a handful of statements, reading what came before included', async () => {
    for (const person of people) await counted(person, 'warm-up: the caller’s ability and session, loaded once');
    await counted(people[0], '第一則');
    await counted(people[0], '第二則');
    const following = await counted(people[0], 'nothing new to read before it');
    const catchingUp = await counted(people[1], '讀完三則再回覆');
    const writesOf = (sent: string[], table: string) => sent.filter((statement) => new RegExp(`^(update|insert into) "?${table}"? `).test(statement) || statement.includes(`update ${table} m `));
    // The access version, the membership with its conversation, the next number, the message, the read mark, the outbox.
    expect(following).toHaveLength(6);
    // Catching up adds the receipts of what was read (with whether they are shown) — and the read mark is written once.
    expect(catchingUp).toHaveLength(7);
    expect(writesOf(catchingUp, 'conversation_member')).toHaveLength(1);
    expect(catchingUp.filter((statement) => statement.includes('insert into message_receipt'))).toHaveLength(1);
    expect(writesOf(catchingUp, 'message')).toHaveLength(1);
  });
});
