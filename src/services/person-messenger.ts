import { isAppError } from '../domain/app-error';

/**
 * Sends a message to a person outside any turn (reminders), by their person key
 * (`<channelId>:<id on that channel>`). Resolves false when they cannot be reached there: no web
 * chat conversation left, an SMS number that opted out, or a channel that is off.
 */
export interface PersonMessenger {
  send(personKey: string, text: string): Promise<boolean>;
}

/** One channel's proactive send: false (or an AppError FORBIDDEN, as for an opted-out number) when the person cannot be reached. */
export type ProactiveSend = (idOnChannel: string, text: string) => Promise<boolean | void>;

/** A messenger over each channel's proactive send, by channel id (`webchat`, `sms`). */
export function channelMessenger(sends: Readonly<Partial<Record<string, ProactiveSend>>>): PersonMessenger {
  return {
    async send(personKey, text) {
      const separator = personKey.indexOf(':');
      const send = separator < 0 ? undefined : sends[personKey.slice(0, separator)];
      if (send === undefined) return false;
      try {
        return (await send(personKey.slice(separator + 1), text)) !== false;
      } catch (error) {
        if (isAppError(error, 'FORBIDDEN')) return false;
        throw error;
      }
    },
  };
}
