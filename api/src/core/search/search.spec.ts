import { describe, expect, it } from 'vitest';
import { AppError } from '../errors/app-error.js';
import { sql } from '../database/sql.js';
import { MAX_INDEXED_LENGTH, queryTerms, searchableText, searchQuery, textSearch } from './search.js';
import { MAX_TERM_LENGTH, stem } from './tokens.js';

/** Hong Kong office messages and what a person would type to find each (every query is written in its message). */
const FINDS: [string, string[]][] = [
  ['地盤總管明天會到觀塘地盤視察', ['地盤總管', '地盤', '總管', '觀塘', '視察', '管']],
  ['明天九點在觀塘地盤開會', ['開會', '九點', '觀塘地盤', '在觀']],
  ['請確認更改後的上課時間', ['上課', '上課時間', '時間', '確認', '更改後']],
  ['佢哋聽日唔嚟喇，會議改期', ['聽日', '佢哋', '唔嚟', '改期', '會議']],
  ['人力資源部會喺銅鑼灣分店舉行培訓', ['人力資源', '銅鑼灣', '培訓', '分店']],
  ['荃灣倉庫存貨盤點將於週六進行', ['盤點', '存貨', '倉庫', '週六']],
  ['聽朝十點有客戶到訪，請準備會議室', ['會議室', '聽朝', '客戶', '到訪']],
  ['新入職員工請到前台登記', ['入職', '員工', '前台']],
];

const lexemes = (text: string) => new Set(searchableText(text).split(' '));

/** Whether a document's searchableText has every term of the query (what PostgreSQL's @@ decides, prefixes included). */
function finds(document: string, query: string): boolean {
  const stored = [...lexemes(document)];
  return queryTerms(query).every((term) => (term.prefix ? stored.some((lexeme) => lexeme.startsWith(term.lexeme)) : stored.includes(term.lexeme)));
}

/** A reproducible random source (mulberry32), so a failing fuzz case can be replayed from its seed. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Pieces of hostile input: tsquery syntax, quotes, escapes, NUL, lone surrogates, emoji, marks, CJK, full-width. */
const HOSTILE = [
  "'",
  "''",
  '"',
  '\\',
  '&',
  '|',
  '!',
  '<->',
  '<2>',
  ':*',
  ':',
  '*',
  '(',
  ')',
  '\0',
  '\uD800',
  '\uDC00',
  '😀',
  '👨‍👩‍👧',
  'e\u0301',
  ' ',
  '\n',
  '\t',
  'a',
  'Z',
  '9',
  '地盤',
  '會',
  '。',
  'ａ',
  '１',
  '＆',
  'x:A',
  'ß',
  'İ',
  '\u200B',
  '%',
  '_',
  '?',
  '$1',
  'null',
  '--',
  ';',
];

function hostileString(next: () => number, maxPieces = 12): string {
  let text = '';
  const count = Math.floor(next() * maxPieces);
  for (let i = 0; i < count; i++) text += HOSTILE[Math.floor(next() * HOSTILE.length)];
  return text;
}

describe('searchableText', () => {
  it('finds every Traditional Chinese query in the message it was taken from, across jieba word boundaries', () => {
    for (const [message, queries] of FINDS) {
      for (const query of queries) expect(finds(message, query), `${query} in ${message}`).toBe(true);
    }
  });

  it('does not find a Chinese query whose characters are in the message but not together', () => {
    expect(finds('地盤的總管明天到', '地盤總管')).toBe(false);
    expect(finds('總管去地盤', '地盤總管')).toBe(false);
    expect(finds('明天九點在觀塘地盤開會', '觀塘開會')).toBe(false);
  });

  it('writes every character and every neighbouring pair, and again each pair jieba reads as a word at that place', () => {
    expect(searchableText('地盤總管')).toBe('地 地盤 地盤 盤 盤總 總 總管 總管 管');
    // jieba reads 召開會議 as one word: 開會 across it is found, but not written twice.
    expect(
      searchableText('召開會議')
        .split(' ')
        .filter((lexeme) => lexeme === '開會'),
    ).toHaveLength(1);
    expect(
      searchableText('明天開會')
        .split(' ')
        .filter((lexeme) => lexeme === '開會'),
    ).toHaveLength(2);
  });

  it('places the word bonus in the right run when a message has several', () => {
    const text = searchableText('Zoom：地盤總管 ／ 明天開會！');
    expect(text).toBe('zoom 地 地盤 地盤 盤 盤總 總 總管 總管 管 明 明天 明天 天 天開 開 開會 開會 會');
  });

  it('splits where Chinese meets other scripts, and keeps Cantonese particles searchable', () => {
    expect(searchableText('Zoom會議3pm')).toBe('zoom 會 會議 會議 議 3pm');
    expect(finds('佢哋聽日唔嚟喇', '嚟喇')).toBe(true);
    expect(finds('佢哋聽日唔嚟喇', '喇')).toBe(true);
  });

  it('lower-cases English, folds full-width forms and drops plural endings', () => {
    expect(searchableText('Budget MEETINGS for Ｑ３ policies; ①')).toBe('budget meeting for q3 policy 1');
    expect(finds('Two meetings on Monday', 'meeting monday')).toBe(true);
    expect(finds('The meeting on Monday', 'meetings ')).toBe(true);
  });

  it('keeps only letters, digits and marks: punctuation, operators, NUL and emoji are separators', () => {
    expect(searchableText("it's a 'quote' & a|b !c <-> d:* \0e\\f 😀 地盤")).toBe('it s a quote a b c d e f 地 地盤 地盤 盤');
    expect(searchableText('')).toBe('');
    expect(searchableText('!!! 😀 。')).toBe('');
  });

  it('cuts over-long words to the same length on both sides, so they still find each other', () => {
    const word = 'x'.repeat(500);
    expect(searchableText(word)).toBe('x'.repeat(MAX_TERM_LENGTH));
    expect(finds(`see ${word}`, `${word} see`)).toBe(true);
  });

  it('indexes only the first MAX_INDEXED_LENGTH code units of a document', () => {
    const text = `${'地'.repeat(MAX_INDEXED_LENGTH)} tail`;
    expect(searchableText(text)).not.toContain('tail');
  });

  it('outputs only space-separated lexemes of letters, digits and marks, whatever the input (fuzzed)', () => {
    const next = random(11);
    for (let i = 0; i < 3000; i++) {
      const input = hostileString(next, 30);
      expect(searchableText(input), JSON.stringify(input)).toMatch(/^(?:[\p{L}\p{N}\p{M}]+(?: [\p{L}\p{N}\p{M}]+)*)?$/u);
    }
  });
});

describe('stem', () => {
  it('removes English plural endings only', () => {
    expect(['meetings', 'policies', 'classes', 'notes', 'status', 'address', 'bus', 'news', 'Kwun', 'tong'].map(stem)).toEqual([
      'meeting',
      'policy',
      'classe',
      'note',
      'status',
      'address',
      'bus',
      'new',
      'Kwun',
      'tong',
    ]);
  });
});

describe('searchQuery', () => {
  it('ANDs the terms: words, a single character, or the neighbouring pairs of a Chinese run', () => {
    expect(searchQuery('地盤總管')).toBe("'地盤' & '盤總' & '總管'");
    expect(searchQuery('會 Budget ')).toBe("'會' & 'budget'");
    expect(searchQuery('Kwun Tong 地盤')).toBe("'kwun' & 'tong' & '地盤'");
  });

  it('matches the last word as a prefix while it is being typed', () => {
    expect(searchQuery('budget meet')).toBe("'budget' & 'meet':*");
    expect(searchQuery('budget meet ')).toBe("'budget' & 'meet'");
    expect(searchQuery('budget meetings')).toBe("'budget' & 'meeting':*");
    expect(finds('Budget meetings moved', 'budg')).toBe(true);
    expect(finds('Budget meetings moved', 'budg ')).toBe(false);
  });

  it('waits for a second character before matching a word as a prefix', () => {
    expect(searchQuery('budget m')).toBe("'budget' & 'm'");
    expect(searchQuery('budget me')).toBe("'budget' & 'me':*");
  });

  it('turns operators, quotes, backslashes and NUL into separators', () => {
    expect(searchQuery("'; drop table x; -- & | !a <-> b:* \\ \0c;")).toBe("'drop' & 'table' & 'x' & 'a' & 'b' & 'c'");
  });

  it('refuses a query with nothing to search for, with a coded error', () => {
    for (const input of ['', '   ', '!!!', '\0', '😀', '&|!()', '。，']) {
      expect(() => searchQuery(input), JSON.stringify(input)).toThrow(AppError);
      try {
        searchQuery(input);
      } catch (error) {
        expect((error as AppError).code).toBe('SEARCH_QUERY_EMPTY');
      }
    }
  });

  it('keeps each term once and at most 32 of them', () => {
    expect(searchQuery('plan plan PLAN plan')).toBe("'plan':*");
    const many = Array.from({ length: 100 }, (_, i) => `w${i}`).join(' ');
    expect(searchQuery(many).split(' & ')).toHaveLength(32);
  });

  it('produces only the AND of quoted letter-and-digit lexemes, or SEARCH_QUERY_EMPTY (fuzzed)', () => {
    const next = random(7);
    const grammar = /^'[\p{L}\p{N}\p{M}]+'(?::\*)?(?: & '[\p{L}\p{N}\p{M}]+'(?::\*)?)*$/u;
    let empty = 0;
    for (let i = 0; i < 5000; i++) {
      const input = hostileString(next);
      let query: string | undefined;
      try {
        query = searchQuery(input);
      } catch (error) {
        expect((error as AppError).code, JSON.stringify(input)).toBe('SEARCH_QUERY_EMPTY');
        empty += 1;
      }
      if (query !== undefined) expect(query, JSON.stringify(input)).toMatch(grammar);
    }
    // Both outcomes were exercised.
    expect(empty).toBeGreaterThan(100);
    expect(empty).toBeLessThan(4900);
  });
});

describe('textSearch', () => {
  it('binds the query as a parameter and splices the vector expression', () => {
    const search = textSearch(sql`m.search_vector`, "x'); drop table m; --");
    expect(search.matches.text).toBe("m.search_vector @@ to_tsquery('simple', ?)");
    expect(search.matches.values).toEqual(["'x' & 'drop' & 'table' & 'm'"]);
    expect(search.rank.text).toBe("ts_rank_cd(m.search_vector, to_tsquery('simple', ?), 1)");
    expect(search.rank.values).toEqual(search.matches.values);
  });

  it('refuses an empty query before any SQL is built', () => {
    expect(() => textSearch(sql`m.search_vector`, ' ; ')).toThrow(expect.objectContaining({ code: 'SEARCH_QUERY_EMPTY' }));
  });
});
