import { normaliseReply } from '../reply-text';

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

/** True when the reply to "what helped?" is a way of passing rather than a note to keep. */
export function isSkipNote(text: string): boolean {
  const reply = normaliseReply(text);
  return reply === '' || skipWords.has(reply);
}
