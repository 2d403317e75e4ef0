/**
 * The web chat channel's settings (WEBCHAT_* and DIRECT_LINE_*), built once by the configuration;
 * the composition root fills in the signing secret when none is configured.
 */
export interface WebChatSettings {
  /** Signs tokens; shared by every instance (in development, a random one for the process). */
  readonly tokenSecret: string;
  readonly tokenTtlSeconds: number;
  readonly postsPerMinute: number;
  readonly tokensPerMinute: number;
  /** Open WebSocket streams one conversation may have on this instance. */
  readonly streamsPerConversation: number;
  /** Azure Direct Line instead of the local channel, when a site deploys there. */
  readonly azure: { readonly secret: string; readonly baseUrl: string } | undefined;
}
