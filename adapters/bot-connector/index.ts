/** The Bot Connector channel's face: what the composition root and the configuration may use. */
export type { BotConnectorSettings } from './bot-connector-settings';
export { createBotConnectorChannel } from './create-bot-connector-channel';
export { botFrameworkAuthentication } from './bot-framework-authentication';
export { CachingBotFrameworkAuthentication } from './caching-authentication';
