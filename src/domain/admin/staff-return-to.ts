/** Where the staff app opens after sign-in when no (acceptable) place was asked for. */
export const staffHome = '/staff/';

/**
 * Where to send a member of staff after sign-in: `returnTo` when it is a path of the staff app on
 * this service (`/staff`, `/staff/...`, `/staff?...`, `/staff#...`), else the app's home. Never
 * another origin: no scheme, no `//host`, no backslashes (browsers read `/\host` as `//host`), no
 * control characters.
 */
export function staffReturnTo(returnTo: string | undefined): string {
  if (returnTo === undefined || returnTo.length > 2_000) return staffHome;
  if (!/^\/staff(?:[/?#]|$)/.test(returnTo)) return staffHome;
  if (returnTo.includes('//') || returnTo.includes('\\') || /[\u0000-\u001f\u007f]/.test(returnTo)) return staffHome;
  return returnTo;
}
