/**
 * The Bot Connector's settings (MicrosoftApp* and ANONYMOUS_SERVICE_URLS), built once by the
 * configuration. `appId` undefined means anonymous: Emulator and local use only.
 */
export interface BotConnectorSettings {
  readonly appId: string | undefined;
  readonly appPassword: string | undefined;
  readonly appType: 'MultiTenant' | 'SingleTenant' | 'UserAssignedMSI';
  readonly tenantId: string | undefined;
  /**
   * Anonymous mode only: origins besides loopback (localhost, 127.0.0.0/8, ::1) the bot may send
   * replies to. Activities naming any other `serviceUrl` are refused, so an unauthenticated caller
   * cannot make the service send requests to a host of their choosing.
   */
  readonly anonymousServiceOrigins: readonly string[];
  /**
   * Where the keys that sign the channels' tokens are published (BOT_OPENID_METADATA_URL);
   * undefined: the public cloud's. Tests point it at a local stand-in; never set in production.
   */
  readonly openIdMetadataUrl?: string | undefined;
}
