import { Extensions } from 'type-graphql';

/** What a String input accepts: at most `max` characters; line breaks and tabs only when `multiline`. */
export interface TextLimit {
  max: number;
  multiline?: boolean;
}

/** On an input field: single-line text of at most `max` characters (no control characters). */
export const Text = (max: number) => Extensions({ text: { max } satisfies TextLimit });

/** On an input field: long text of at most `max` characters; line breaks and tabs allowed, other control characters not. */
export const LongText = (max: number) => Extensions({ text: { max, multiline: true } satisfies TextLimit });

/** On a query, mutation or subscription: the limits of its String arguments, by argument name. */
export const TextArgs = (limits: Record<string, TextLimit>) => Extensions({ textArgs: limits });
