import { createRemoteJWKSet, decodeJwt, errors, jwtVerify } from 'jose';
import { z } from 'zod';
import { AppError } from '../domain/app-error';
import type { Clock } from '../domain/clock';
import type { StaffTokenVerifier } from './admin-auth';
import type { StaffIdentity } from './staff-sessions';

/** Teams SSO (`authentication.getAuthToken()` in the tab), as configured (STAFF_SSO_*, STAFF_OIDC_CLIENT_ID). */
export interface StaffSsoSettings {
  /** The app registration's client id: the audience of v2 tokens. */
  readonly clientId: string;
  /** `api://<domain>/<client id>`: the audience of v1 tokens; undefined: v2 tokens only. */
  readonly appIdUri: string | undefined;
  /** Each tenant's key set, `{tenant}` standing for its id. */
  readonly jwksUrlTemplate: string;
  /** Each tenant's issuer, `{tenant}` standing for its id. */
  readonly issuerTemplate: string;
  /** Entra tenants (lower-case GUIDs) whose staff may use the app. */
  readonly allowedTenants: readonly string[];
}

/** The scope the app's API exposes to the Teams clients. */
const ssoScope = 'access_as_user';

const tenantClaim = z.string().regex(/^[0-9a-fA-F-]{36}$/).transform((tid) => tid.toLowerCase());
const verifiedClaims = z.object({
  tid: tenantClaim,
  oid: z.string().min(1).max(300),
  scp: z.string().max(2_000),
  name: z.string().max(200).optional(),
});

const refused = (cause?: unknown) => new AppError('UNAUTHORIZED', 'That Teams sign-in token is not valid here.', cause === undefined ? undefined : { cause });

/**
 * Verifies Teams SSO tokens with jose: the signature against the token's tenant's key set (one
 * remote key set per allowed tenant, cached and refreshed by jose), the issuer of that tenant, the
 * audience (client id or Application ID URI), expiry against the service clock, an allowed tenant,
 * and the `access_as_user` scope. Only allowed tenants' key sets are ever fetched.
 */
export function createStaffSsoVerifier(deps: { readonly settings: StaffSsoSettings; readonly clock: Clock }): StaffTokenVerifier {
  const { settings } = deps;
  const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  const keySetOf = (tenant: string) => {
    let keySet = keySets.get(tenant);
    if (keySet === undefined) {
      keySet = createRemoteJWKSet(new URL(settings.jwksUrlTemplate.replaceAll('{tenant}', tenant)));
      keySets.set(tenant, keySet);
    }
    return keySet;
  };
  const audience = settings.appIdUri === undefined ? [settings.clientId] : [settings.clientId, settings.appIdUri];

  return {
    verify: async (token): Promise<StaffIdentity> => {
      // The tenant is read before the signature is checked only to pick its key set and issuer; nothing else is believed yet.
      const claimed = tenantClaim.safeParse(safeDecode(token)?.tid);
      if (!claimed.success || !settings.allowedTenants.includes(claimed.data)) throw refused();
      const tenant = claimed.data;
      const { payload } = await jwtVerify(token, keySetOf(tenant), {
        issuer: settings.issuerTemplate.replaceAll('{tenant}', tenant),
        audience,
        algorithms: ['RS256'],
        currentDate: new Date(deps.clock.now()),
        clockTolerance: 60,
        requiredClaims: ['exp', 'iat'],
      }).catch((cause: unknown) => {
        // The key set could not be fetched: an outage, not a bad token.
        if (cause instanceof errors.JWKSTimeout || !(cause instanceof errors.JOSEError)) {
          throw new AppError('UPSTREAM_UNAVAILABLE', "The tenant's sign-in keys cannot be read; try again shortly.", { cause });
        }
        throw refused(cause);
      });
      const claims = verifiedClaims.safeParse(payload);
      if (!claims.success || claims.data.tid !== tenant || !claims.data.scp.split(' ').includes(ssoScope)) throw refused();
      const { tid, oid, name } = claims.data;
      return { tenantId: tid, aadObjectId: oid, ...(name === undefined ? {} : { name }) };
    },
  };
}

function safeDecode(token: string): Record<string, unknown> | undefined {
  try {
    return decodeJwt(token);
  } catch {
    return undefined;
  }
}
