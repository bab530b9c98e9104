import { sql, sqlFragment, TENANT, type SqlStatement } from '../../core/database/sql.js';

/**
 * The ORDER BY keys that sort names by the organisation's language: Hanyu Pinyin for a zh-CN organisation, stroke count
 * for the others (zh-HK, and en, whose Chinese names Hong Kong readers also look up by strokes). PostgreSQL's ICU
 * collations do the work: "zh-Hant-x-icu" orders by strokes (地盤一組 · 二組 · 三組; 十, with 2 strokes, comes before
 * 三), "zh-Hans-x-icu" by pinyin (二 èr · 三 sān · 一 yī). A collation cannot be a bound parameter, so the pinyin key is
 * set only for a zh-CN organisation (null, so not deciding, for the others) and the stroke key breaks its ties.
 * `column` is a column reference written by the caller's code, never input.
 */
export function nameOrder(column: string): SqlStatement {
  const name = sqlFragment(column, []);
  return sql`(case when (select o.default_locale from organization o where o.id = ${TENANT}) = 'zh-CN' then ${name} end) collate "zh-Hans-x-icu",
    ${name} collate "zh-Hant-x-icu"`;
}
