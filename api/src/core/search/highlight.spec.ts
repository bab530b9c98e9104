import 'reflect-metadata';
import { graphql, printType, type GraphQLNamedType } from 'graphql';
import { buildSchema, Query, Resolver } from 'type-graphql';
import { describe, expect, it } from 'vitest';
import { highlight, TextHighlight } from './highlight.js';
import { MAX_INDEXED_LENGTH } from './search.js';

/** A resolver that returns a highlight, as a module's search result field would. */
@Resolver()
class HighlightProbe {
  @Query(() => TextHighlight, { description: 'A highlight, for this spec.' })
  probe(): TextHighlight {
    return highlight('👍 明天九點在觀塘地盤開會', '地盤開會');
  }
}

/** The highlighted parts of a result, as the client would cut them out of the snippet. */
const marked = (result: TextHighlight) => result.ranges.map((range) => result.snippet.slice(range.start, range.start + range.length));

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** A reproducible random source (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe('highlight', () => {
  it('marks a Chinese phrase as one range on the original text', () => {
    const result = highlight('請確認更改後的上課時間，明天九點在觀塘地盤開會。', '地盤開會');
    expect(result.snippet).toBe('請確認更改後的上課時間，明天九點在觀塘地盤開會。');
    expect(result.ranges).toEqual([{ start: 19, length: 4 }]);
  });

  it('marks each Chinese term where it appears, and a single character everywhere', () => {
    expect(marked(highlight('地盤總管話，觀塘地盤聽日開工', '地盤 聽日'))).toEqual(['地盤', '地盤聽日']);
    expect(marked(highlight('會議改期，請通知會計部', '會'))).toEqual(['會', '會']);
  });

  it('marks whole English words: plurals alike, and the word being typed as a prefix', () => {
    const text = 'Budget Meetings moved to Monday; the budget meeting room is booked.';
    expect(marked(highlight(text, 'meeting'))).toEqual(['Meetings', 'meeting']);
    expect(marked(highlight(text, 'budg'))).toEqual(['Budget', 'budget']);
    expect(marked(highlight(text, 'budg '))).toEqual([]);
  });

  it('marks mixed Chinese and English, and full-width letters as their plain forms', () => {
    const result = highlight('聽日 10:30 喺 Kwun Tong office 開 ＢＵＤＧＥＴ meeting', 'kwun tong 開 budget');
    expect(marked(result)).toEqual(['Kwun', 'Tong', '開', 'ＢＵＤＧＥＴ']);
  });

  it('counts offsets in UTF-16 code units around emoji and characters outside the BMP', () => {
    const text = '👍👨‍👩‍👧 𠀋 地盤 ok 😀 meeting';
    const result = highlight(text, '地盤 meeting 𠀋');
    expect(marked(result)).toEqual(['𠀋', '地盤', 'meeting']);
    expect(result.ranges[0]).toEqual({ start: text.indexOf('𠀋'), length: 2 });
  });

  it('returns a short text whole, and a long one cut around the best part with … at the cut ends', () => {
    const filler = '今日天氣很好，大家記得飲水。'.repeat(20);
    const text = `${filler}明天九點在觀塘地盤開會，地盤總管會到。${filler}`;
    const result = highlight(text, '地盤', { maxLength: 40 });
    expect(result.snippet.length).toBeLessThanOrEqual(40);
    expect(result.snippet.startsWith('…')).toBe(true);
    expect(result.snippet.endsWith('…')).toBe(true);
    expect(marked(result)).toEqual(['地盤', '地盤']);
  });

  it('keeps a match at the very start or end without an ellipsis on that side', () => {
    const filler = ' lorem ipsum dolor'.repeat(30);
    const atStart = highlight(`Budget${filler}`, 'budget', { maxLength: 50 });
    expect(atStart.snippet.startsWith('Budget')).toBe(true);
    expect(atStart.snippet.endsWith('…')).toBe(true);
    expect(atStart.ranges).toEqual([{ start: 0, length: 6 }]);

    const atEnd = highlight(`${filler} 地盤總管`, '總管', { maxLength: 50 });
    expect(atEnd.snippet.startsWith('…')).toBe(true);
    expect(atEnd.snippet.endsWith('地盤總管')).toBe(true);
    expect(marked(atEnd)).toEqual(['總管']);
    expect(atEnd.snippet.length).toBeLessThanOrEqual(50);
  });

  it('prefers the part with the most matches over the first match', () => {
    const text = `meeting ${'x '.repeat(200)} budget meeting budget meeting ${'y '.repeat(200)}`;
    const result = highlight(text, 'budget meeting ', { maxLength: 60 });
    expect(marked(result)).toEqual(['budget', 'meeting', 'budget', 'meeting']);
  });

  it('cuts between words rather than inside one', () => {
    const text = `${'alpha beta gamma delta '.repeat(10)}target ${'epsilon zeta eta theta '.repeat(10)}`;
    const result = highlight(text, 'target', { maxLength: 60 });
    expect(result.snippet).toMatch(/^…[a-z]+ .* [a-z]+…$/);
    const words = new Set(text.split(/\s+/));
    for (const word of result.snippet.replace(/…/g, '').split(' ')) expect(words.has(word), word).toBe(true);
  });

  it('never cuts inside a surrogate pair or an emoji sequence', () => {
    const text = `${'👨‍👩‍👧'.repeat(40)}地盤${'👨‍👩‍👧'.repeat(40)}`;
    for (const maxLength of [20, 21, 22, 23, 24, 25, 31, 47]) {
      const result = highlight(text, '地盤', { maxLength });
      const inner = result.snippet.replace(/^…|…$/g, '');
      expect(inner, String(maxLength)).toMatch(/^(?:👨‍👩‍👧)*地盤(?:👨‍👩‍👧)*$/u);
      expect(marked(result)).toEqual(['地盤']);
    }
  });

  it('looks for matches only in the part of a long text that is indexed', () => {
    const text = `${'x '.repeat(MAX_INDEXED_LENGTH / 2)}budget`;
    expect(highlight(text, 'budget', { maxLength: 30 }).ranges).toEqual([]);
    expect(highlight(`budget ${text}`, 'budget', { maxLength: 30 }).ranges).toEqual([{ start: 0, length: 6 }]);
  });

  it('gives the start of the text when nothing matches', () => {
    const result = highlight('x'.repeat(300), 'budget', { maxLength: 30 });
    expect(result).toEqual({ snippet: `${'x'.repeat(29)}…`, ranges: [] });
  });

  it('keeps its promises on random texts and queries (fuzzed)', () => {
    const next = random(5);
    const alphabet = ['地', '盤', '會', '議', ' ', 'meet', 'ing', 's ', '😀', '👨‍👩‍👧', '𠀋', 'e\u0301', '\n', "'", '&', '\0', 'Ｂ', '。'];
    const pick = (count: number) => Array.from({ length: count }, () => alphabet[Math.floor(next() * alphabet.length)]).join('');
    for (let i = 0; i < 2000; i++) {
      const text = pick(Math.floor(next() * 120));
      const query = pick(1 + Math.floor(next() * 4));
      const maxLength = 20 + Math.floor(next() * 40);
      const result = highlight(text, query, { maxLength });
      const label = JSON.stringify({ text, query, maxLength });
      expect(result.snippet.length, label).toBeLessThanOrEqual(maxLength);
      expect(LONE_SURROGATE.test(result.snippet), label).toBe(false);
      let end = 0;
      for (const range of result.ranges) {
        expect(range.start, label).toBeGreaterThanOrEqual(end);
        expect(range.length, label).toBeGreaterThan(0);
        end = range.start + range.length;
        expect(end, label).toBeLessThanOrEqual(result.snippet.length);
        expect(LONE_SURROGATE.test(result.snippet.slice(range.start, end)), label).toBe(false);
      }
    }
  });
});

describe('TextHighlight', () => {
  it('is the GraphQL shape a resolver returns highlight() as, with UTF-16 ranges', async () => {
    const schema = await buildSchema({ resolvers: [HighlightProbe], validate: false });
    const sdl = (name: string) => printType(schema.getType(name) as GraphQLNamedType);
    expect(sdl('TextHighlight')).toContain('snippet: String!');
    expect(sdl('TextHighlight')).toContain('ranges: [TextHighlightRange!]!');
    expect(sdl('TextHighlightRange')).toMatch(/start: Int![\s\S]*length: Int!/);
    const result = await graphql({ schema, source: '{ probe { snippet ranges { start length } } }' });
    expect(result).toEqual({ data: { probe: { snippet: '👍 明天九點在觀塘地盤開會', ranges: [{ start: 10, length: 4 }] } } });
  });
});
