import { normaliseReply } from './reply-text';

const greetings = new Set([
  'hi',
  'hii',
  'hiya',
  'hey',
  'hey there',
  'hi there',
  'hello',
  'hello there',
  'hello again',
  'hi again',
  'helo',
  'yo',
  'howdy',
  'morning',
  'good morning',
  'afternoon',
  'good afternoon',
  'evening',
  'good evening',
  'start',
  'get started',
  'lets start',
  'begin',
]);

/**
 * True when a message says nothing but hello (or nothing at all): the greeting and the menu answer
 * it. Anything else a returning person opens a conversation with is answered as well.
 */
export function isGreetingOnly(text: string | undefined): boolean {
  const normalised = normaliseReply(text ?? '');
  return normalised === '' || greetings.has(normalised);
}
