import type { EntityManager } from '@mikro-orm/postgresql';
import type { RequestContext } from '../context/request-context.js';

/**
 * Of the given people (of the actor's organisation), those who hold some right the actor does not hold. Changing
 * such a person's sign-in would let the actor act as them and so gain that right.
 */
export type RightsComparison = (ctx: RequestContext, em: EntityManager, personIds: string[]) => Promise<Set<string>>;

let comparison: RightsComparison | null = null;

/** Installs the comparison (the access module does, at start: it owns roles; core and identity cannot import it). */
export function installRightsComparison(compare: RightsComparison): void {
  comparison = compare;
}

/** The people among `personIds` who hold rights the actor lacks; refuses to answer (throws) when nothing was installed. */
export function peopleWithMoreRights(ctx: RequestContext, em: EntityManager, personIds: string[]): Promise<Set<string>> {
  if (!comparison) throw new Error('No rights comparison installed (the access module installs it at start)');
  return comparison(ctx, em, personIds);
}
