/**
 * What the Teams app package is built from, complete and checked: the packaging command builds it
 * from the configuration (TEAMS_*, MicrosoftAppId and PUBLIC_URL) and names what is missing.
 */
export interface TeamsAppSettings {
  /** The app's id in Teams (TEAMS_APP_ID), a GUID kept for the app's life: Teams matches updates on it. */
  readonly appId: string;
  /** The Azure Bot's Microsoft App ID (MicrosoftAppId): the bot, and the Entra app the tab's sign-in asks for. */
  readonly botId: string;
  /** `https://host[:port]` of this service, no trailing slash: the staff tab's page, a valid domain, the sign-in resource. */
  readonly publicUrl: string;
  /** The package's version (`1.0.0`); an upload that replaces an app needs a higher one. */
  readonly version: string;
  /** The name under the icon, at most 30 characters. */
  readonly shortName: string;
  /** At most 80 characters. */
  readonly shortDescription: string;
  readonly developer: {
    readonly name: string;
    readonly websiteUrl: string;
    readonly privacyUrl: string;
    readonly termsOfUseUrl: string;
  };
  /** Hosts the tab may load from besides the public URL's (`*.example.org` allowed). */
  readonly extraValidDomains: readonly string[];
}
