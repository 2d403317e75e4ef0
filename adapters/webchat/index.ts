/** The web chat channel's face (local Direct Line 3.0): what the composition root and the configuration may use. */
export { createWebChatChannel, type WebChatChannel } from './create-webchat-channel';
export type { WebChatSettings } from './webchat-settings';
