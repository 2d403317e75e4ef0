/** The SMS channel's face (Twilio): what the composition root and the configuration may use. */
export { createSmsChannel } from './create-sms-channel';
export type { SmsChannel } from './sms-channel';
export { smsChannelId } from './sms-adapter';
export type { SmsSettings } from './sms-settings';
