import { describe, expect, it } from 'vitest';
import { replaySlot } from './event-stream.js';

const settled = async (promise: Promise<unknown>) => Promise.race([promise.then(() => true), new Promise((r) => setTimeout(() => r(false), 20))]);

describe('replay slots', () => {
  it('runs at most 2 replays per person and 8 in all; the others start as slots free up', async () => {
    const a1 = await replaySlot('a');
    const a2 = await replaySlot('a');
    const a3 = replaySlot('a');
    expect(await settled(a3)).toBe(false);
    const others = await Promise.all(['b', 'b', 'c', 'c', 'd', 'd'].map((person) => replaySlot(person)));
    const e1 = replaySlot('e');
    expect(await settled(e1)).toBe(false); // 8 running: a, a and six others

    a1();
    // One slot: a3 (still over nobody's limit now) or e1 takes it, the other waits on.
    const [a3Started, e1Started] = [await settled(a3), await settled(e1)];
    expect(Number(a3Started) + Number(e1Started)).toBe(1);
    others[0]();
    expect((await settled(a3)) && (await settled(e1))).toBe(true);

    for (const done of [a2, ...others.slice(1), await a3, await e1]) done();
    // All released: a person gets two at once again.
    const [x, y] = [await replaySlot('a'), await replaySlot('a')];
    x();
    y();
  });
});
