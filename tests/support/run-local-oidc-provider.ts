/**
 * The tests' OpenID provider on its own, for trying staff sign-in locally (README "Staff sign-in"):
 * `npx tsx tests/support/run-local-oidc-provider.ts`. One account, `sam` (any password), a site
 * admin once added as a practitioner; the service is expected on http://localhost:3978.
 */
import { startLocalOidcProvider } from './local-oidc-provider';

const account = { tenantId: '72f988bf-86f1-41af-91ab-2d7cd011db47', aadObjectId: '00000000-0000-0000-0000-0000000000a1', name: 'Sam Patel' };

void startLocalOidcProvider({ redirectUri: 'http://localhost:3978/staff/auth/callback', accounts: { sam: account } }).then((provider) => {
  process.stdout.write(
    `STAFF_OIDC_ISSUER=${provider.issuer} STAFF_OIDC_CLIENT_ID=${provider.clientId} STAFF_OIDC_CLIENT_SECRET=${provider.clientSecret} TEAMS_ALLOWED_TENANTS=${account.tenantId} STAFF_PUBLIC_URL=http://localhost:3978\n`,
  );
});
