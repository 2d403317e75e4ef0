/** The Bot Connector channel's face: what the composition root and the configuration may use. */
export type { BotConnectorSettings } from './bot-connector-settings';
export { createBotConnectorChannel, type BotMessageHandler } from './create-bot-connector-channel';
