import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { liveDeliveryStats, SUBSCRIBER_TOO_SLOW_CLOSE_CODE } from '../../src/app/live-delivery.js';
import { createOrganization, createPerson, type TestOrg, type TestPerson } from '../support/factories.js';
import { startTestApp, until, type GqlClient, type TestApp } from '../support/test-app.js';

/**
 * Live messaging delivered straight to sockets (app/live-delivery.ts): subscribers whose documents select only
 * reader-independent fields share one execution and the same bytes per change, others execute on their own, every
 * change is still checked per subscriber; a subscriber that stops reading is ended with SUBSCRIBER_TOO_SLOW and its
 * socket closed (4410) while the others go on receiving.
 */
let t: TestApp;
let org: TestOrg;
let ann: TestPerson;
let ben: TestPerson;
let cat: TestPerson;
let dan: TestPerson;

const CREATE = `mutation($input: CreateConversationInput!) { createConversation(input: $input) { id } }`;
const SEND = `mutation($input: SendMessageInput!) { sendMessage(input: $input) { id seq } }`;
const REMOVE = `mutation($id: ID!, $person: ID!) { removeConversationMember(conversationId: $id, personId: $person) { memberCount } }`;
/** What a chat list shows live: nothing in it depends on who reads it. */
const SHARED = 'subscription($after: Int) { messagingChanged(after: $after) { sequence type conversationId personIds message { id seq body createdAt } } }';
/** Asks for the sender and the device's own id: executed for its subscriber alone. */
const OWN = 'subscription { messagingChanged { sequence type message { id body clientMessageId sender { id } } } }';

/** A lean graphql-transport-ws client on a raw `ws` socket: the frames it received, as text. */
interface RawSubscriber {
  socket: WebSocket;
  frames: string[];
  closed: Promise<{ code: number; reason: string }>;
  close: () => void;
}

async function rawSubscriber(client: GqlClient, documents: string[]): Promise<RawSubscriber> {
  const socket = new WebSocket(`${client.baseUrl.replace('http', 'ws')}/graphql`, 'graphql-transport-ws');
  const frames: string[] = [];
  const closed = new Promise<{ code: number; reason: string }>((resolve) => socket.on('close', (code, reason) => resolve({ code, reason: reason.toString() })));
  await new Promise<void>((resolve, reject) => {
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${client.accessToken}` } })));
    socket.on('message', (data: Buffer) => {
      const text = data.toString('utf8');
      if (text.includes('"connection_ack"')) {
        documents.forEach((query, index) => socket.send(JSON.stringify({ id: String(index + 1), type: 'subscribe', payload: { query, variables: {} } })));
        resolve();
      } else frames.push(text);
    });
    socket.once('error', reject);
  });
  return { socket, frames, closed, close: () => socket.terminate() };
}

/** The payloads of the `next` frames that carry this message id, as the bytes the server sent. */
const payloadsOf = (subscriber: RawSubscriber, messageId: string) => subscriber.frames.filter((f) => f.includes('"type":"next"') && f.includes(messageId)).map((f) => f.slice(f.indexOf('"payload":')));

async function group(memberIds: string[]): Promise<string> {
  return (await ann.client!.ok<{ createConversation: { id: string } }>(CREATE, { input: { kind: 'GROUP', title: 'Live crew', memberIds } })).createConversation.id;
}

async function send(conversationId: string, body: string, clientMessageId?: string): Promise<{ id: string; seq: number }> {
  return (await ann.client!.ok<{ sendMessage: { id: string; seq: number } }>(SEND, { input: { conversationId, body, clientMessageId } })).sendMessage;
}

/** Sends probes until every subscriber has received one: their subscriptions are live. */
async function live(conversationId: string, subscribers: RawSubscriber[]): Promise<void> {
  await until(
    async () => {
      const probe = await send(conversationId, 'probe');
      await new Promise((resolve) => setTimeout(resolve, 100));
      return subscribers.every((s) => payloadsOf(s, probe.id).length > 0);
    },
    'the subscriptions to be live',
    15_000,
  );
}

beforeAll(async () => {
  t = await startTestApp();
  org = await createOrganization(t);
  [ann, ben, cat, dan] = await Promise.all(['Ann', 'Ben', 'Cat', 'Dan'].map((name) => createPerson(t, org, { name })));
});
afterAll(() => t.stop());

describe('messaging live delivery', () => {
  it('subscribers of a reader-independent document share one execution and the same bytes; others execute on their own', async () => {
    const chat = await group([ben.personId, cat.personId, dan.personId]);
    const benLive = await rawSubscriber(ben.client!, [SHARED]);
    const catLive = await rawSubscriber(cat.client!, [SHARED]);
    const danLive = await rawSubscriber(dan.client!, [OWN]);
    try {
      await live(chat, [benLive, catLive, danLive]);
      const before = { ...liveDeliveryStats };
      const message = await send(chat, '今日收工前請清理地盤 B 座', 'ann-device-1');
      await until(() => [benLive, catLive, danLive].every((s) => payloadsOf(s, message.id).length === 1), 'the message to reach all three');
      // One execution for Ben and Cat together, one for Dan's own document.
      expect(liveDeliveryStats.executions - before.executions).toBe(2);
      expect(liveDeliveryStats.shared - before.shared).toBe(2);
      expect(payloadsOf(benLive, message.id)).toEqual(payloadsOf(catLive, message.id));
      const shared = JSON.parse(benLive.frames.find((f) => f.includes(message.id))!);
      expect(shared).toMatchObject({
        id: '1',
        type: 'next',
        payload: { data: { messagingChanged: { type: 'MESSAGE_SENT', conversationId: chat, message: { id: message.id, seq: message.seq, body: '今日收工前請清理地盤 B 座' } } } },
      });
      // Reader-dependent fields are the reader's: the device id is its sender's only.
      const own = JSON.parse(danLive.frames.find((f) => f.includes(message.id))!);
      expect(own.payload.data.messagingChanged.message).toEqual({ id: message.id, body: '今日收工前請清理地盤 B 座', clientMessageId: null, sender: { id: ann.personId } });
    } finally {
      for (const s of [benLive, catLive, danLive]) s.close();
    }
  });

  it('a shared change is still checked per subscriber: someone removed learns it, and receives nothing after', async () => {
    const chat = await group([ben.personId, cat.personId]);
    const benLive = await rawSubscriber(ben.client!, [SHARED]);
    const catLive = await rawSubscriber(cat.client!, [SHARED]);
    try {
      await live(chat, [benLive, catLive]);
      await ann.client!.ok(REMOVE, { id: chat, person: cat.personId });
      const after = await send(chat, 'Cat has gone');
      await until(() => payloadsOf(benLive, after.id).length === 1, 'Ben to receive the message');
      await until(() => catLive.frames.some((f) => f.includes('MEMBERS_REMOVED')), 'Cat to learn she was removed');
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(payloadsOf(catLive, after.id)).toEqual([]);
      expect(catLive.frames.filter((f) => f.includes('"type":"error"'))).toEqual([]);
    } finally {
      benLive.close();
      catLive.close();
    }
  });

  it('a subscriber that stops reading is ended with SUBSCRIBER_TOO_SLOW and its socket closed (4410); the others receive everything', async () => {
    const chat = await group([ben.personId, cat.personId]);
    // Ben's socket holds many subscriptions, so each message puts ~600 kB in its way once it stops reading.
    const benLive = await rawSubscriber(
      ben.client!,
      Array.from({ length: 20 }, () => SHARED),
    );
    const catLive = await rawSubscriber(cat.client!, [SHARED]);
    try {
      await live(chat, [benLive, catLive]);
      const tooSlowBefore = liveDeliveryStats.tooSlow;
      (benLive.socket as unknown as { _socket: import('node:net').Socket })._socket.pause();
      const body = '混凝土'.repeat(3_000); // 27 kB of UTF-8
      const sent: string[] = [];
      for (let i = 0; i < 80 && liveDeliveryStats.tooSlow === tooSlowBefore; i += 1) {
        sent.push((await send(chat, `${i} ${body}`)).id);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
      await until(() => liveDeliveryStats.tooSlow > tooSlowBefore, 'the server to find Ben too slow');
      expect(sent.length).toBeLessThan(80);
      // Cat, reading, was held up by nobody.
      await until(() => sent.every((id) => payloadsOf(catLive, id).length === 1), 'Cat to receive every message');
      // Ben reads again: what was waiting, then the coded error, then the close.
      (benLive.socket as unknown as { _socket: import('node:net').Socket })._socket.resume();
      const closed = await benLive.closed;
      expect(closed.code).toBe(SUBSCRIBER_TOO_SLOW_CLOSE_CODE);
      const error = benLive.frames.find((f) => f.includes('"type":"error"'));
      expect(JSON.parse(error!).payload[0].extensions.code).toBe('SUBSCRIBER_TOO_SLOW');
      // Fewer messages reached Ben's socket than were sent: the rest were never queued for him.
      expect(benLive.frames.filter((f) => f.includes('"type":"next"') && f.includes(sent[sent.length - 1])).length).toBeLessThan(20);
      // The process carries on: a new subscription of Ben's works.
      const again = await rawSubscriber(ben.client!, [SHARED]);
      try {
        await live(chat, [again]);
      } finally {
        again.close();
      }
    } finally {
      benLive.close();
      catLive.close();
    }
  });
});
