import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql, tenantSql, TENANT, type SqlStatement } from '../../src/core/database/sql.js';
import type { AppError } from '../../src/core/errors/app-error.js';
import { MAX_INDEXED_LENGTH, searchableText, textSearch } from '../../src/core/search/search.js';
import { startTestApp, type TestApp } from '../support/test-app.js';

/**
 * Core text search on real PostgreSQL, in the shape modules use: a `search_text` column filled by searchableText, a
 * stored generated tsvector over it with a GIN index, and textSearch's condition and rank. Traditional Chinese queries
 * find exactly the messages they are written in, ranking puts the better match first, English plurals and the word
 * being typed behave as chosen, and no input — query or document — makes PostgreSQL fail.
 */
let t: TestApp;

/** Hong Kong office messages (ids are their positions). */
const MESSAGES = [
  '地盤總管明天會到觀塘地盤視察',
  '明天九點在觀塘地盤開會',
  '請確認更改後的上課時間',
  '佢哋聽日唔嚟喇，會議改期',
  '陳大文已經批核咗你嘅假期申請',
  '請於下星期一前提交報銷單據',
  '系統維護通知：伺服器將於今晚十一時重新啟動',
  '人力資源部會喺銅鑼灣分店舉行培訓',
  '資訊科技部同事請留意電郵附件',
  '颱風期間上班安排：八號風球除下後兩小時內返工',
  '請假申請需要部門主管批准',
  '荃灣倉庫存貨盤點將於週六進行',
  '聽朝十點有客戶到訪，請準備會議室',
  '保安部通知：大廈消防演習定於下週三',
  '上課時間由下午兩點改為三點',
  '沙田店長下星期放大假',
  '請確認收到新的員工手冊',
  '屯門地盤安全主任今日請病假',
  '新入職員工請到前台登記',
  '會計部提醒大家月尾前交齊發票',
];

/** What people type, including words jieba cuts differently inside these messages (上課, 盤點, 入職, 會議室 …). */
const QUERIES = [
  '地盤',
  '總管',
  '地盤總管',
  '開會',
  '會議',
  '上課',
  '上課時間',
  '時間',
  '假期',
  '申請',
  '報銷',
  '伺服器',
  '重新啟動',
  '人力資源',
  '銅鑼灣',
  '資訊科技',
  '颱風',
  '風球',
  '返工',
  '請假',
  '主管',
  '盤點',
  '會議室',
  '消防演習',
  '大假',
  '員工手冊',
  '聽日',
  '聽朝',
  '入職',
  '會計',
  '觀塘',
  '確認',
  '星期一',
  '病假',
  '會',
  '請',
  '觀塘 地盤',
  '地盤，開會',
];

/** Runs a `sql` statement (with `?` placeholders) on the test connection, where the temporary table lives. */
async function run<R>(statement: SqlStatement): Promise<R[]> {
  let index = 0;
  return t.sql<R>(
    statement.text.replace(/\?/g, () => `$${++index}`),
    [...statement.values],
  );
}

async function search(table: string, input: string): Promise<{ id: number; rank: number }[]> {
  const found = textSearch(sql`search_vector`, input);
  return run(sql`select id, ${found.rank} as rank from ${sqlName(table)} where ${found.matches} order by rank desc, id`);
}

const sqlName = (table: string): SqlStatement => ({ text: table, values: [], mentionsTenant: false });

async function fill(table: string, bodies: string[]): Promise<void> {
  await t.sql(`truncate ${table}`);
  for (const [id, body] of bodies.entries()) await t.sql(`insert into ${table} (id, search_text) values ($1, $2)`, [id, searchableText(body)]);
}

/** A reproducible random source (mulberry32). */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let x = Math.imul(state ^ (state >>> 15), 1 | state);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const HOSTILE = [
  "'",
  "''",
  '"',
  '\\',
  '&',
  '|',
  '!',
  '<->',
  '<1>',
  ':*',
  ':',
  '*',
  '(',
  ')',
  '\0',
  '\uD800',
  '\uDFFF',
  '😀',
  '👨‍👩‍👧',
  'e\u0301',
  ' ',
  '\n',
  'a',
  'Z',
  '9',
  '地盤',
  '會',
  '。',
  'ａ',
  '１',
  '?',
  '$1',
  '%s',
  '--',
  ';',
  'İ',
  'ß',
  '\u200B',
  'x'.repeat(300),
  'ﾞ',
  'ｶ',
];
const hostile = (next: () => number, pieces: number) => Array.from({ length: Math.floor(next() * pieces) }, () => HOSTILE[Math.floor(next() * HOSTILE.length)]).join('');

beforeAll(async () => {
  t = await startTestApp();
  for (const table of ['search_sample', 'search_other']) {
    // The column and index definitions a module uses (its entity generates the same; see the reply of this change).
    await t.sql(`create temporary table ${table} (
      id integer primary key,
      search_text text not null,
      search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored not null)`);
    await t.sql(`create index ${table}_search_vector_index on ${table} using gin (search_vector)`);
  }
  await fill('search_sample', MESSAGES);
});

afterAll(async () => {
  await t?.stop();
});

describe('text search on PostgreSQL', () => {
  it('finds with each Traditional Chinese query exactly the messages it is written in', async () => {
    for (const query of QUERIES) {
      const terms = query.split(/[ ，]/);
      const expected = MESSAGES.flatMap((message, id) => (terms.every((term) => message.includes(term)) ? [id] : []));
      const found = (await search('search_sample', query)).map((row) => row.id).sort((a, b) => a - b);
      expect(found, query).toEqual(expected);
      expect(found.length, query).toBeGreaterThan(0);
    }
  });

  it('uses the GIN index on the generated column for the condition', async () => {
    await t.sql('set enable_seqscan = off');
    const found = textSearch(sql`search_vector`, '觀塘地盤');
    const plan = await run<{ 'QUERY PLAN': string }>(sql`explain select id from search_sample where ${found.matches}`);
    await t.sql('reset enable_seqscan');
    expect(plan.map((row) => row['QUERY PLAN']).join('\n')).toContain('search_sample_search_vector_index');
  });

  it('stores the lexemes of searchableText exactly as written (the simple configuration changes none)', async () => {
    const next = random(3);
    const samples = [...MESSAGES, 'Budget MEETINGS ① Ｑ３ café naïve İstanbul straße', ...Array.from({ length: 200 }, () => hostile(next, 20))];
    for (const body of samples) {
      const text = searchableText(body);
      const [row] = await t.sql<{ lexemes: string[] }>("select tsvector_to_array(to_tsvector('simple', $1)) as lexemes", [text]);
      expect(row.lexemes.sort(), JSON.stringify(body)).toEqual([...new Set(text.split(' ').filter(Boolean))].sort());
    }
  });

  it('ranks a phrase found in full above its pairs found apart', async () => {
    await fill('search_other', ['總管話地盤總數唔啱，要再點過', '地盤總管話數唔啱，要再點過']);
    expect((await search('search_other', '地盤總管')).map((row) => row.id)).toEqual([1, 0]);
  });

  it('ranks a whole word above the same characters across two words (jieba’s bonus)', async () => {
    await fill('search_other', ['明天下午召開會議', '明天下午一齊開會']);
    const found = await search('search_other', '開會');
    expect(found.map((row) => row.id)).toEqual([1, 0]);
    expect(found[0].rank).toBeGreaterThan(found[1].rank);
  });

  it('ranks English words found together above the same words far apart, and a short message above a long one', async () => {
    await fill('search_other', [
      `Budget review on Monday. ${'Other items follow. '.repeat(10)} The meeting room is booked.`,
      'Budget meeting on Monday in Kwun Tong.',
      `Budget meeting on Monday in Kwun Tong. ${'Other items follow. '.repeat(30)}`,
    ]);
    expect((await search('search_other', 'budget meeting')).map((row) => row.id)).toEqual([1, 2, 0]);
  });

  it('matches English plurals both ways and the word being typed as a prefix, and nothing looser', async () => {
    await fill('search_other', ['Two budget meetings on Monday', 'The policy was updated', 'Meet the new staff']);
    const ids = async (input: string) => (await search('search_other', input)).map((row) => row.id).sort();
    expect(await ids('meeting ')).toEqual([0]);
    expect(await ids('MEETINGS ')).toEqual([0]);
    expect(await ids('policies ')).toEqual([1]);
    expect(await ids('meet')).toEqual([0, 2]);
    expect(await ids('meet ')).toEqual([2]);
    expect(await ids('mon')).toEqual([0]);
    expect(await ids('mon budget')).toEqual([]);
    expect(await ids('budget mon')).toEqual([0]);
  });

  it('never raises a PostgreSQL error, whatever the query (fuzzed, through the test connection)', async () => {
    const next = random(17);
    let ran = 0;
    for (let i = 0; i < 1500; i++) {
      const input = hostile(next, 10);
      let found: ReturnType<typeof textSearch> | undefined;
      try {
        found = textSearch(sql`search_vector`, input);
      } catch (error) {
        expect((error as AppError).code, JSON.stringify(input)).toBe('SEARCH_QUERY_EMPTY');
      }
      if (!found) continue;
      await expect(run(sql`select id, ${found.rank} as rank from search_sample where ${found.matches}`), JSON.stringify(input)).resolves.toBeDefined();
      ran += 1;
    }
    expect(ran).toBeGreaterThan(500);
  });

  it('never raises a PostgreSQL error through tenantSql, on the pool and inside a transaction', async () => {
    await t.sql(`create table search_doc (
      id integer primary key,
      tenant_id uuid not null,
      search_text text not null,
      search_vector tsvector generated always as (to_tsvector('simple', search_text)) stored not null)`);
    const tenantId = randomUUID();
    await t.sql('insert into search_doc (id, tenant_id, search_text) values (1, $1, $2), (2, $3, $2)', [tenantId, searchableText("地盤總管 it's 100% budget's"), randomUUID()]);
    const em = t.app.services.orm.em.fork();
    const query = (input: string) => {
      const found = textSearch(sql`d.search_vector`, input);
      return sql`select d.id, ${found.rank} as rank from search_doc d where d.tenant_id = ${TENANT} and ${found.matches} order by rank desc`;
    };
    expect(await tenantSql(em, tenantId, query('地盤 budget'))).toEqual([{ id: 1, rank: expect.any(Number) }]);
    await em.transactional(async (tx) => {
      expect(await tenantSql(tx, tenantId, query("budget's 總管"))).toHaveLength(1);
    });
    const next = random(23);
    for (let i = 0; i < 300; i++) {
      const input = hostile(next, 8);
      let statement: SqlStatement | undefined;
      try {
        statement = query(input);
      } catch (error) {
        expect((error as AppError).code, JSON.stringify(input)).toBe('SEARCH_QUERY_EMPTY');
      }
      if (!statement) continue;
      await expect(tenantSql(em, tenantId, statement), JSON.stringify(input)).resolves.toBeDefined();
      await expect(
        em.transactional((tx) => tenantSql(tx, tenantId, statement)),
        JSON.stringify(input),
      ).resolves.toBeDefined();
    }
  });

  it('stores any document, however hostile or long, without a PostgreSQL error', async () => {
    const next = random(29);
    const han = () => String.fromCodePoint(0x4e00 + Math.floor(next() * 0x5000));
    const bodies = [
      ...Array.from({ length: 200 }, () => hostile(next, 60)),
      // Distinct pairs everywhere: the largest tsvector a document can make.
      Array.from({ length: MAX_INDEXED_LENGTH * 2 }, han).join(''),
      'word '.repeat(300_000),
    ];
    await fill('search_other', bodies);
    const [row] = await t.sql<{ count: string; largest: number }>('select count(*) as count, max(pg_column_size(search_vector)) as largest from search_other');
    expect(Number(row.count)).toBe(bodies.length);
    expect(row.largest).toBeLessThan(1_048_576);
    expect(await search('search_other', 'word')).toHaveLength(1);
  });
});
