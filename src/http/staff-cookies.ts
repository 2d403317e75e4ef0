import { staffSessionCookie } from './admin-access';

/** The cookie that ties a sign-in under way to the browser that began it (only the sign-in routes see it). */
export const staffLoginCookie = 'lwc_staff_login';
const loginCookiePath = '/staff/auth';

/** `Set-Cookie` values of the staff app: HttpOnly, SameSite=Lax (sent on the provider's redirect back), Secure unless configured off for local http. */
export function staffCookies(secure: boolean) {
  const attributes = (path: string) => `Path=${path}; HttpOnly; SameSite=Lax${secure ? '; Secure' : ''}`;
  return {
    /** The session cookie: no Max-Age, so it goes when the browser closes; the server's timeouts end it sooner. */
    session: (sessionId: string) => `${staffSessionCookie}=${sessionId}; ${attributes('/')}`,
    clearSession: () => `${staffSessionCookie}=; Max-Age=0; ${attributes('/')}`,
    login: (binding: string) => `${staffLoginCookie}=${binding}; Max-Age=600; ${attributes(loginCookiePath)}`,
    clearLogin: () => `${staffLoginCookie}=; Max-Age=0; ${attributes(loginCookiePath)}`,
  };
}
