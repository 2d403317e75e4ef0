/**
 * What the feed's `GET /` answers (required by the HSDS 3.0 API): the HSDS version, the profile
 * it follows (Open Referral UK) and the OpenAPI file that defines its endpoints (the profile's).
 */
export interface OpenReferralApiInfo {
  readonly version: string;
  readonly profile: string;
  readonly openapi_url: string;
}

/** The feed's answer to `GET /`. */
export const openReferralApiInfo: OpenReferralApiInfo = {
  version: '3.0',
  profile: 'https://github.com/openreferral/uk-profile',
  openapi_url: 'https://raw.githubusercontent.com/openreferral/uk-profile/main/schema/openapi.json',
};
