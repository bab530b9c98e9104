import { Authorized, type AuthCheckerInterface, type ResolverData } from 'type-graphql';
import type { RequestContext } from '../context/request-context.js';
import { forbidden, unauthenticated } from '../errors/app-error.js';
import type { Action } from './vocabulary.js';

const PUBLIC = 'public';
const SIGNED_IN = 'signed-in';
const PLATFORM_ADMIN = 'platform-admin';

/** Root-field gate: the caller needs some rule granting `action` on `subject` (the record check comes in the service). */
export const Can = (action: Action, subject: string) => Authorized(`${action}:${subject}`);

/** Root-field gate for operations anyone may call (sign-in, refresh). Stated explicitly so nothing is open by accident. */
export const Public = () => Authorized(PUBLIC);

/** Root-field gate for operations about the caller themselves (me, sign-out, change password). */
export const SignedIn = () => Authorized(SIGNED_IN);

/** Root-field gate for platform operations above any one organisation (creating organisations). */
export const PlatformAdmin = () => Authorized(PLATFORM_ADMIN);

/** type-graphql's auth checker for the gates above; throws coded errors rather than returning false. */
export class GateChecker implements AuthCheckerInterface<RequestContext> {
  check({ context }: ResolverData<RequestContext>, gates: string[]): boolean {
    for (const gate of gates) {
      if (gate === PUBLIC) continue;
      if (!context.actor) throw unauthenticated();
      if (gate === SIGNED_IN) continue;
      if (gate === PLATFORM_ADMIN) {
        if (!context.actor.isPlatformAdmin) throw forbidden('create', 'Organization');
        continue;
      }
      const [action, subject] = gate.split(':');
      if (!context.ability.can(action, subject)) throw forbidden(action, subject);
    }
    return true;
  }
}
