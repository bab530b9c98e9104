import type { AuthProvider } from 'react-admin';
import { errorCode, graphqlRequest } from './graphqlClient';
import { ME, MY_PERMISSIONS, SIGN_IN, SIGN_OUT } from './operations';
import { isAllowed, type MyPermission, type RecordWithAnswers, type ResourceAccess } from './permissions';
import { clearSession, loadSession, saveSession } from './session';

let permissions: { personId: string; rows: Promise<MyPermission[]> } | null = null;

/** The signed-in person's permissions, fetched once per session (and again after a failed fetch). */
function myPermissions(): Promise<MyPermission[]> {
  const session = loadSession();
  if (!session) return Promise.resolve([]);
  if (permissions?.personId !== session.personId) {
    const rows = graphqlRequest(MY_PERMISSIONS).then((data) => data.myPermissions);
    permissions = { personId: session.personId, rows };
    rows.catch(() => {
      permissions = null;
    });
  }
  return permissions.rows;
}

/**
 * Sign-in with email and password against the API; menus and buttons follow `myPermissions`, read through each
 * resource's API subject (`access`, from the modules).
 */
export const createAuthProvider = (access: ReadonlyMap<string, ResourceAccess>): AuthProvider => ({
  async login({ email, password }: { email: string; password: string }) {
    clearSession();
    permissions = null;
    const data = await graphqlRequest(SIGN_IN, { input: { email: email.trim(), password } });
    saveSession(data.signIn);
  },

  async logout() {
    const session = loadSession();
    permissions = null;
    if (session) await graphqlRequest(SIGN_OUT, { refreshToken: session.refreshToken }).catch(() => undefined);
    clearSession();
  },

  async checkAuth() {
    if (!loadSession()) throw new Error('ra.auth.auth_check_error');
    // A stored session may have ended meanwhile (expired, or ended elsewhere): reading the permissions proves it is alive.
    try {
      await myPermissions();
    } catch (error) {
      if (errorCode(error) !== 'UNAUTHENTICATED') return;
      clearSession();
      permissions = null;
      throw error;
    }
  },

  async checkError(error: unknown) {
    // An expired session signs out (logout clears it); a refusal (FORBIDDEN) is only shown, the person stays signed in.
    if (errorCode(error) === 'UNAUTHENTICATED') throw error;
  },

  async getIdentity() {
    const { me } = await graphqlRequest(ME);
    return { id: me.id, fullName: me.displayName, englishName: me.englishName, jobTitle: me.jobTitle, workEmail: me.workEmail };
  },

  getPermissions: () => myPermissions(),

  async canAccess({ resource, action, record }: { resource: string; action: string; record?: RecordWithAnswers }) {
    return isAllowed(await myPermissions(), access.get(resource), action, record);
  },
});
