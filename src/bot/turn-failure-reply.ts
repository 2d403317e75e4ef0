import { urgentHelpText } from '../domain/crisis-lines';

/** What a person sees when their message could not be handled. No developer text, ever. */
export function turnFailureReply(): string {
  return [
    "Sorry, something went wrong on our side and I couldn't finish that. Please try again in a moment, or type \"menu\" to start again.",
    '',
    urgentHelpText(),
  ].join('\n');
}
