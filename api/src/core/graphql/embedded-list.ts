import { Extensions } from 'type-graphql';
import { EMBEDDED_LIST } from './limits.js';

/**
 * On a list field: its items are held inside the record already loaded (a template definition's form fields, flow nodes,
 * branches, approvers), bounded by that record's own validation rather than by a page or a table. The query cost rule
 * (limits.ts) weighs such a list 1 — its items cost what their fields cost, with no guess of how many there are — so a
 * document may read a nested definition whole. Only for values resolved without further reads: a list that loads or
 * queries per item needs a page.
 */
export const EmbeddedList = () => Extensions({ [EMBEDDED_LIST]: true });
