import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { Jieba } from '@node-rs/jieba';

/**
 * One searchable piece of an original text, with where it sits in that text (UTF-16 offsets). A `word` piece (Latin,
 * digits, any script written with spaces) carries its normalised search terms; a `cjk` piece (Han, kana, Hangul — written
 * without spaces) carries its normalised characters, each with its own place in the original.
 */
export type TextPiece = { kind: 'word'; start: number; end: number; terms: string[] } | { kind: 'cjk'; start: number; end: number; chars: { text: string; start: number; end: number }[] };

/** Longest term kept, in code points: longer ones are cut to this on both sides, so they still find each other. */
export const MAX_TERM_LENGTH = 60;

const RUN = /[\p{L}\p{N}\p{M}]+/gu;
const CJK = /[\p{scx=Han}\p{scx=Hiragana}\p{scx=Katakana}\p{scx=Hangul}\p{scx=Bopomofo}]/u;
const MARK = /\p{M}/u;
const NOT_WORD = /[^\p{L}\p{N}\p{M}]+/u;
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
const ASCII_WORD = /^[a-z]+$/;

/**
 * The pieces of `text`, in order: runs of letters and digits, split where CJK characters meet other scripts (pieces
 * left with nothing searchable, such as a lone combining mark, are left out).
 */
export function pieces(text: string): TextPiece[] {
  return piecesWithEmpty(text).filter((piece) => (piece.kind === 'word' ? piece.terms.length : piece.chars.length) > 0);
}

function piecesWithEmpty(text: string): TextPiece[] {
  const found: TextPiece[] = [];
  for (const run of text.matchAll(RUN)) {
    let start = run.index;
    let cjk: boolean | undefined;
    let offset = run.index;
    for (const char of run[0]) {
      // Below U+0300 there are neither CJK characters nor combining marks: most text takes the quick way.
      const isCjk = char.charCodeAt(0) < 0x300 ? false : CJK.test(char) || (MARK.test(char) && (cjk ?? false));
      if (cjk !== undefined && isCjk !== cjk) {
        found.push(piece(text, start, offset, cjk));
        start = offset;
      }
      cjk = isCjk;
      offset += char.length;
    }
    found.push(piece(text, start, offset, cjk ?? false));
  }
  return found;
}

function piece(text: string, start: number, end: number, cjk: boolean): TextPiece {
  const original = text.slice(start, end);
  if (!cjk) return { kind: 'word', start, end, terms: wordTerms(original) };
  const chars: { text: string; start: number; end: number }[] = [];
  let offset = start;
  for (const char of original) {
    // Character by character, so every normalised character keeps its own place in the original (for highlighting);
    // the unified ideographs (most Chinese text) are already in normal form.
    const code = char.charCodeAt(0);
    const normal = code >= 0x4e00 && code <= 0x9fff ? char : char.normalize('NFKC').toLowerCase();
    const previous = chars.at(-1);
    if (!LETTER_OR_DIGIT.test(normal)) {
      // A combining mark (half-width ﾞ becomes one) belongs to the character before it; PostgreSQL drops one alone.
      if (previous) {
        previous.text = (previous.text + normal).normalize('NFKC');
        previous.end = offset + char.length;
      }
    } else {
      chars.push({ text: normal, start: offset, end: offset + char.length });
    }
    offset += char.length;
  }
  return { kind: 'cjk', start, end, chars };
}

/**
 * The terms of one word as written: NFKC (full-width Ａ→a, ①→1), lower case, split again where normalising produced
 * separators (½ → 1⁄2), plural endings of English words removed, cut to MAX_TERM_LENGTH.
 */
function wordTerms(original: string): string[] {
  return (
    original
      .normalize('NFKC')
      .toLowerCase()
      .split(NOT_WORD)
      // A term of marks alone is dropped, as PostgreSQL's parser drops it.
      .filter((term) => LETTER_OR_DIGIT.test(term))
      .map((term) => truncate(ASCII_WORD.test(term) ? stem(term) : term))
  );
}

/**
 * Harman's "S" stemmer (plural endings only), for English words of four letters or more: meetings → meeting,
 * policies → policy, classes → classe. Stronger stemmers (Porter) also cut names, romanised Cantonese (Tsuen Wan,
 * Kwun Tong) and product codes, which fill Hong Kong office messages; plurals are what people miss most.
 */
export function stem(word: string): string {
  if (word.length < 4) return word;
  if (word.endsWith('ies') && !word.endsWith('eies') && !word.endsWith('aies')) return `${word.slice(0, -3)}y`;
  if (word.endsWith('es') && !word.endsWith('aes') && !word.endsWith('ees') && !word.endsWith('oes')) return word.slice(0, -1);
  if (word.endsWith('s') && !word.endsWith('us') && !word.endsWith('ss')) return word.slice(0, -1);
  return word;
}

function truncate(term: string): string {
  if (term.length <= MAX_TERM_LENGTH) return term;
  return Array.from(term).slice(0, MAX_TERM_LENGTH).join('');
}

let segmenter: Jieba | undefined;

/**
 * For each CJK run (its normalised characters), the places (index of the first character) where jieba finds a
 * two-character word. One call to jieba for all runs (each call costs about 2 µs more than the work). Jieba's
 * dictionary loads on first use (about 0.2 s, 5 MB), not when the server starts.
 */
export function twoCharacterWords(runs: readonly (readonly string[])[]): Set<number>[] {
  // The dictionary file itself: the package's dict.js would also read a 6 MB keyword table this never uses.
  segmenter ??= Jieba.withDict(readFileSync(createRequire(import.meta.url).resolve('@node-rs/jieba/dict.txt')));
  const found = runs.map(() => new Set<number>());
  let run = 0;
  let index = 0;
  for (const word of segmenter.cut(runs.map((chars) => chars.join('')).join(RUN_SEPARATOR), true)) {
    if (word === RUN_SEPARATOR) {
      run += 1;
      index = 0;
      continue;
    }
    const chars = runs[run];
    const length = Array.from(word).length;
    // Jieba returns its input cut into consecutive words; if it ever did not, the bonus stops rather than misplaces.
    if (!chars || chars.slice(index, index + length).join('') !== word) break;
    if (length === 2) found[run].add(index);
    index += length;
  }
  return found;
}

/** Jieba cuts at white space, and no CJK run contains any. */
const RUN_SEPARATOR = '\n';
