import { sql, type SqlStatement } from '../database/sql.js';
import { AppError } from '../errors/app-error.js';
import { pieces, twoCharacterWords } from './tokens.js';

/**
 * How much of a document is indexed, in UTF-16 code units: the rest is stored but not searchable. It keeps every
 * document's tsvector far below PostgreSQL's 1 MB limit (20,000 distinct CJK characters give about 0.4 MB).
 */
export const MAX_INDEXED_LENGTH = 20_000;

/** How much of a query is read, in UTF-16 code units (GraphQL arguments are shorter: `@Text(n)`). */
const MAX_QUERY_LENGTH = 1_000;

/** At most this many distinct terms are ANDed; the first ones typed are kept. */
const MAX_QUERY_TERMS = 32;

/** A word being typed is a prefix from this many characters on: one letter would match most of an index. */
const MIN_PREFIX_LENGTH = 2;

/** One term of a query: a lexeme as stored by searchableText, matched exactly or as a prefix. */
export interface QueryTerm {
  lexeme: string;
  prefix: boolean;
}

/**
 * What a module stores in its `search_text` column for a document (and what a query is cut into): space-separated
 * lexemes that PostgreSQL's `simple` configuration indexes as they are.
 *
 * - Words of scripts written with spaces: NFKC, lower case, English plurals removed (see `stem`).
 * - Chinese, Japanese and Korean runs: every character and every pair of neighbouring characters, so any query that
 *   appears in the text finds it whatever the word boundaries; a pair that jieba reads as a word at that place is
 *   written twice, which ranks whole-word matches above matches across words (開會 in 明天開會 over 召開會議).
 */
export function searchableText(text: string): string {
  const found = pieces(text.length > MAX_INDEXED_LENGTH ? text.slice(0, MAX_INDEXED_LENGTH) : text);
  const runs = found.flatMap((piece) => (piece.kind === 'cjk' && piece.chars.length > 1 ? [piece.chars.map((char) => char.text)] : []));
  const words = runs.length > 0 ? twoCharacterWords(runs) : [];
  const lexemes: string[] = [];
  let run = 0;
  for (const piece of found) {
    if (piece.kind === 'word') {
      lexemes.push(...piece.terms);
    } else if (piece.chars.length === 1) {
      lexemes.push(piece.chars[0].text);
    } else {
      const chars = runs[run];
      const pairs = words[run];
      run += 1;
      chars.forEach((char, index) => {
        lexemes.push(char);
        if (index + 1 === chars.length) return;
        const pair = char + chars[index + 1];
        lexemes.push(pair);
        if (pairs.has(index)) lexemes.push(pair);
      });
    }
  }
  return lexemes.join(' ');
}

/**
 * The terms of a query: each word, and for each CJK run its character (one) or its neighbouring pairs (two or more).
 * The last word is a prefix while it is being typed (the input ends inside it) and has two characters or more: `meet`
 * finds meeting. Empty when the input has no letters or digits.
 */
export function queryTerms(input: string): QueryTerm[] {
  const text = input.length > MAX_QUERY_LENGTH ? input.slice(0, MAX_QUERY_LENGTH) : input;
  const found = pieces(text);
  const terms = new Map<string, QueryTerm>();
  const add = (lexeme: string, prefix: boolean) => {
    // The prefix term also matches the whole word, so the same word typed before it adds nothing.
    if (prefix) terms.delete(`=${lexeme}`);
    if (terms.size < MAX_QUERY_TERMS) terms.set(`${prefix ? '*' : '='}${lexeme}`, { lexeme, prefix });
  };
  found.forEach((piece, index) => {
    if (piece.kind === 'word') {
      const typing = index === found.length - 1 && piece.end === text.length;
      piece.terms.forEach((term, termIndex) => add(term, typing && termIndex === piece.terms.length - 1 && term.length >= MIN_PREFIX_LENGTH));
    } else if (piece.chars.length === 1) {
      add(piece.chars[0].text, false);
    } else {
      for (let i = 0; i + 1 < piece.chars.length; i++) add(piece.chars[i].text + piece.chars[i + 1].text, false);
    }
  });
  return [...terms.values()];
}

/**
 * The text of a PostgreSQL tsquery for what a person typed, for `to_tsquery('simple', …)`: every term must match
 * (AND), the last one as a prefix while typed. Quotes, operators (& | ! <-> : *), backslashes and NUL in the input are
 * separators, never syntax, so no input makes PostgreSQL fail. Throws SEARCH_QUERY_EMPTY when nothing searchable is left.
 */
export function searchQuery(input: string): string {
  const terms = queryTerms(input);
  if (terms.length === 0) throw new AppError('SEARCH_QUERY_EMPTY');
  // A lexeme holds only letters, digits and marks (see pieces), so quoting it needs no escaping.
  return terms.map((term) => `'${term.lexeme}'${term.prefix ? ':*' : ''}`).join(' & ');
}

/** The two SQL pieces a search needs: the condition on the rows and their rank (higher is better). */
export interface TextSearch {
  /** `vector @@ query`, for the `where` clause (uses the GIN index on the vector). */
  matches: SqlStatement;
  /** `ts_rank_cd(vector, query, 1)`: cover density (terms close together, repeated) over the log of the length. */
  rank: SqlStatement;
}

/**
 * The condition and rank of a search in `vector` (the tsvector of a searchableText column, as a statement), for one
 * line in a `sql` statement: with `search = textSearch(sql'm.search_vector', input)` (the sql tag),
 * `select m.id, ${search.rank} as rank from message m where m.tenant_id = ${TENANT} and ${search.matches} order by rank desc`.
 * Throws SEARCH_QUERY_EMPTY when the input has nothing to search for.
 */
export function textSearch(vector: SqlStatement, input: string): TextSearch {
  const query = searchQuery(input);
  return {
    matches: sql`${vector} @@ to_tsquery('simple', ${query})`,
    rank: sql`ts_rank_cd(${vector}, to_tsquery('simple', ${query}), 1)`,
  };
}
