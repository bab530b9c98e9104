import { Field, Int, ObjectType } from 'type-graphql';
import { MAX_INDEXED_LENGTH, queryTerms } from './search.js';
import { pieces } from './tokens.js';

/** Where one match lies in a snippet. */
@ObjectType({ description: 'Where one match lies in a snippet, in UTF-16 code units (as JavaScript and GraphQL clients index strings).' })
export class TextHighlightRange {
  @Field(() => Int, { description: 'Offset of the match in the snippet, in UTF-16 code units.' })
  start!: number;

  @Field(() => Int, { description: 'Length of the match, in UTF-16 code units.' })
  length!: number;
}

/** An excerpt of a text around what a search matched, with the matches marked: what every module's search returns. */
@ObjectType({ description: 'An excerpt of the original text around what a search matched, with the matches marked.' })
export class TextHighlight {
  @Field(() => String, { description: 'The excerpt, as written (… where the text was cut).' })
  snippet!: string;

  @Field(() => [TextHighlightRange], { description: 'The matches in the snippet, in order and not overlapping.' })
  ranges!: TextHighlightRange[];
}

/** A snippet's length when the caller does not say, in UTF-16 code units (ellipses included). */
export const DEFAULT_SNIPPET_LENGTH = 160;

const MIN_SNIPPET_LENGTH = 20;
const ELLIPSIS = '…';
/** How much text is kept before the first match of a snippet, at most. */
const MAX_LEAD = 40;
/** How far a cut moves to fall between two words instead of inside one. */
const WORD_SNAP = 20;
/** Only this many matches are tried as the start of the snippet (long documents may match thousands of times). */
const MAX_CANDIDATES = 200;

const SPACE = /\s/u;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

interface Span {
  start: number;
  end: number;
}

/**
 * Marks what `query` (as the person typed it) matches in the ORIGINAL `text`, and cuts a snippet of at most
 * `maxLength` UTF-16 code units around the part with the most matches, with … at each cut end. Matching follows
 * searchableText: whole words (a prefix for the word being typed, plurals alike), and in Chinese every character or
 * pair of the query, so a phrase found in full is one range. Cuts fall between words where they can, and never
 * inside a character or emoji.
 */
export function highlight(text: string, query: string, options: { maxLength?: number } = {}): TextHighlight {
  const maxLength = Math.max(MIN_SNIPPET_LENGTH, Math.floor(options.maxLength ?? DEFAULT_SNIPPET_LENGTH));
  const matches = findMatches(text, query);
  if (text.length <= maxLength) return { snippet: text, ranges: rangesIn(matches, 0, text.length, 0) };

  let start = bestStart(matches, text.length, maxLength - 2);
  const cutStart = start > 0;
  let end = start + maxLength - (cutStart ? 1 : 0);
  const cutEnd = end < text.length;
  if (cutEnd) end -= 1;
  else end = text.length;

  const inside = matches.filter((match) => match.start >= start && match.end <= end);
  if (cutStart) start = snapForward(text, start, inside[0]?.start ?? end);
  if (cutEnd) end = snapBack(text, end, inside.at(-1)?.end ?? start);

  const snippet = (cutStart ? ELLIPSIS : '') + text.slice(start, end) + (cutEnd ? ELLIPSIS : '');
  return { snippet, ranges: rangesIn(matches, start, end, cutStart ? ELLIPSIS.length : 0) };
}

/**
 * The parts of `text` the query matches, in order, overlapping and touching ones merged; only in the part that
 * searchableText indexes (what made the document match), which also bounds the work on a very long text.
 */
function findMatches(text: string, query: string): Span[] {
  const terms = queryTerms(query);
  const exact = new Set(terms.filter((term) => !term.prefix).map((term) => term.lexeme));
  const prefixes = terms.filter((term) => term.prefix).map((term) => term.lexeme);
  if (terms.length === 0) return [];
  const found: Span[] = [];
  for (const piece of pieces(text.length > MAX_INDEXED_LENGTH ? text.slice(0, MAX_INDEXED_LENGTH) : text)) {
    if (piece.kind === 'word') {
      if (piece.terms.some((term) => exact.has(term) || prefixes.some((prefix) => term.startsWith(prefix)))) found.push({ start: piece.start, end: piece.end });
      continue;
    }
    const { chars } = piece;
    chars.forEach((char, index) => {
      if (exact.has(char.text)) found.push({ start: char.start, end: char.end });
      const next = chars[index + 1];
      if (next && exact.has(char.text + next.text)) found.push({ start: char.start, end: next.end });
    });
  }
  found.sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: Span[] = [];
  for (const span of found) {
    const last = merged.at(-1);
    if (last && span.start <= last.end) last.end = Math.max(last.end, span.end);
    else merged.push({ ...span });
  }
  return merged;
}

/** Where a window of `room` code units holding the most matches starts (a little before its first match). */
function bestStart(matches: Span[], length: number, room: number): number {
  const lead = Math.min(MAX_LEAD, Math.floor(room / 4));
  let best = 0;
  let bestCount = 0;
  for (let i = 0; i < matches.length && i < MAX_CANDIDATES; i++) {
    const start = Math.max(0, Math.min(matches[i].start - lead, length - room));
    let count = 0;
    for (let j = i; j < matches.length && matches[j].end <= start + room; j++) count += 1;
    for (let j = i - 1; j >= 0 && matches[j].start >= start; j--) count += 1;
    if (count > bestCount) {
      best = start;
      bestCount = count;
    }
  }
  return best;
}

/** Moves a cut start forward past a word it would split and past spaces, never beyond `limit`, onto a character's start. */
function snapForward(text: string, start: number, limit: number): number {
  let at = start;
  if (WORD_CHAR.test(text[at - 1] ?? '') && WORD_CHAR.test(text[at] ?? '')) {
    for (let k = at; k < Math.min(limit, at + WORD_SNAP); k++) {
      if (SPACE.test(text[k])) {
        at = k;
        break;
      }
    }
  }
  while (at < limit && SPACE.test(text[at])) at += 1;
  const grapheme = graphemes.segment(text).containing(at);
  return grapheme && grapheme.index < at ? grapheme.index + grapheme.segment.length : at;
}

/** Moves a cut end back before a word it would split and before spaces, never before `limit`, onto a character's end. */
function snapBack(text: string, end: number, limit: number): number {
  let at = end;
  if (WORD_CHAR.test(text[at - 1] ?? '') && WORD_CHAR.test(text[at] ?? '')) {
    for (let k = at - 1; k >= Math.max(limit, at - WORD_SNAP); k--) {
      if (SPACE.test(text[k])) {
        at = k;
        break;
      }
    }
  }
  while (at > limit && SPACE.test(text[at - 1])) at -= 1;
  const grapheme = graphemes.segment(text).containing(at);
  return grapheme && grapheme.index < at ? grapheme.index : at;
}

/** The matches inside [start, end) as ranges into a snippet that begins `offset` code units before `start`'s text. */
function rangesIn(matches: Span[], start: number, end: number, offset: number): TextHighlightRange[] {
  const ranges: TextHighlightRange[] = [];
  for (const match of matches) {
    const from = Math.max(match.start, start);
    const to = Math.min(match.end, end);
    if (to > from) ranges.push({ start: from - start + offset, length: to - from });
  }
  return ranges;
}
