/**
 * One process of the messaging bench's WebSocket clients (bench/messaging.ts starts a few), driven over IPC. Lean on
 * purpose, so the clients do not dominate the machine: raw `ws` sockets speaking graphql-transport-ws, no JSON parsing
 * of what arrives — each `next` frame's commit time (`occurredAt`) is read straight from its bytes, and its delivery time
 * (receive time − commit time; one machine, one clock) is kept while recording.
 *
 * Commands: connect { url, subscribers: { token, subscriptions }[], query, concurrency } → { connected, failed };
 * status → { live, subscriptions }; record { on } → {}; take → { latencies (ms), frames, errors, closes, firstErrors };
 * exit.
 */
import WebSocket from 'ws';

interface Subscriber {
  token: string;
  subscriptions: number;
}

type Command = { cmd: 'connect'; url: string; subscribers: Subscriber[]; query: string; concurrency: number } | { cmd: 'status' } | { cmd: 'record'; on: boolean } | { cmd: 'take' } | { cmd: 'exit' };

const sockets: WebSocket[] = [];
/** Subscriptions that have received at least one frame: they are live. */
const live = new Set<string>();
let subscriptions = 0;
let recording = false;
let latencies: number[] = [];
let frames = 0;
let errors = 0;
let closes = 0;
const firstErrors: string[] = [];
const MARK = Buffer.from('"occurredAt":"');

function onFrame(socketIndex: number, data: Buffer): void {
  frames += 1;
  const at = data.indexOf(MARK);
  if (at >= 0) {
    if (recording) {
      const committed = Date.parse(data.toString('latin1', at + MARK.length, at + MARK.length + 24));
      latencies.push(Date.now() - committed);
    }
    // Frames start with {"id":"<id>", as graphql-ws and the direct delivery both write them.
    live.add(`${socketIndex}:${data.toString('latin1', 7, data.indexOf('"', 7))}`);
    return;
  }
  if (data.includes('"type":"error"') || data.includes('"errors"')) {
    errors += 1;
    if (firstErrors.length < 5) firstErrors.push(data.toString('utf8', 0, 300));
  }
}

function connect(url: string, subscriber: Subscriber, query: string): Promise<boolean> {
  const index = sockets.length;
  const socket = new WebSocket(`${url.replace('http', 'ws')}/graphql`, 'graphql-transport-ws', { perMessageDeflate: false });
  sockets.push(socket);
  return new Promise((resolve) => {
    let acknowledged = false;
    socket.once('open', () => socket.send(JSON.stringify({ type: 'connection_init', payload: { authorization: `Bearer ${subscriber.token}` } })));
    socket.on('message', (data: Buffer) => {
      if (acknowledged) return onFrame(index, data);
      if (!data.includes('"connection_ack"')) return;
      acknowledged = true;
      for (let i = 1; i <= subscriber.subscriptions; i += 1) socket.send(JSON.stringify({ id: String(i), type: 'subscribe', payload: { query, variables: {} } }));
      subscriptions += subscriber.subscriptions;
      resolve(true);
    });
    socket.once('error', () => resolve(false));
    socket.once('close', () => {
      closes += 1;
      resolve(false);
    });
  });
}

process.on('message', (message: Command) => {
  const reply = (body: unknown) => process.send!(body);
  switch (message.cmd) {
    case 'connect': {
      let next = 0;
      let connected = 0;
      let failed = 0;
      void Promise.all(
        Array.from({ length: message.concurrency }, async () => {
          while (next < message.subscribers.length) {
            const subscriber = message.subscribers[next++];
            if (await connect(message.url, subscriber, message.query)) connected += 1;
            else failed += 1;
          }
        }),
      ).then(() => reply({ connected, failed }));
      return;
    }
    case 'status':
      return reply({ live: live.size, subscriptions });
    case 'record':
      recording = message.on;
      return reply({});
    case 'take': {
      reply({ latencies, frames, errors, closes, firstErrors });
      latencies = [];
      frames = 0;
      errors = 0;
      return;
    }
    case 'exit':
      for (const socket of sockets) socket.terminate();
      setTimeout(() => process.exit(0), 100);
  }
});
