import { choiceNumber, normaliseReply } from '../reply-text';

const skipWords: ReadonlySet<string> = new Set([
  'skip',
  'no',
  'nope',
  'no thanks',
  'pass',
  'nothing',
  'not really',
  'not sure',
  'dont know',
  'dunno',
  'next',
  'n a',
  'na',
]);

/**
 * True when the reply to a note question ("what helped?", "what's it about?") is a way of passing
 * rather than a note to keep. "Skip" is the one choice offered with those questions, so its
 * number (1, as SMS shows it) passes too.
 */
export function isSkipNote(text: string): boolean {
  const reply = normaliseReply(text);
  return reply === '' || skipWords.has(reply) || choiceNumber(text) === 1;
}
