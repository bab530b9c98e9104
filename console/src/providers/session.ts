import type { SessionFieldsFragment } from '../gql/graphql';

/** The tokens of a signed-in session (as sign-in and refresh return them), kept in localStorage between page loads. */
export type Session = SessionFieldsFragment;

const STORAGE_KEY = 'harbour.session';

/** The stored session, or null when signed out (or the stored value is unreadable). */
export function loadSession(): Session | null {
  try {
    const raw = localStorage.getItem(STORAGE_KEY);
    return raw ? (JSON.parse(raw) as Session) : null;
  } catch {
    return null;
  }
}

/** Stores a new session (after sign-in or a refresh). */
export function saveSession(session: Session): void {
  localStorage.setItem(STORAGE_KEY, JSON.stringify(session));
}

/** Forgets the session (sign-out, or the API refused to refresh it). */
export function clearSession(): void {
  localStorage.removeItem(STORAGE_KEY);
}

/** Whether the access token expires within `marginMs` (refresh before that). */
export function expiresSoon(session: Session, marginMs = 60_000): boolean {
  return new Date(session.accessTokenExpiresAt).getTime() - Date.now() < marginMs;
}

const ENDED_KEY = 'harbour.session-ended';

/** Remembers why the session ended (in the API's words) so the sign-in page can say it. */
export function rememberSessionEnd(message: string): void {
  sessionStorage.setItem(ENDED_KEY, message);
}

/** Why the last session ended, once (null when it was signed out normally). */
export function takeSessionEnd(): string | null {
  const message = sessionStorage.getItem(ENDED_KEY);
  sessionStorage.removeItem(ENDED_KEY);
  return message;
}
