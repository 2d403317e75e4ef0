import { describe, expect, it } from 'vitest';
import { isGreetingOnly } from '../../src/domain/greeting';

describe('isGreetingOnly', () => {
  it.each([undefined, '', '  ', 'hi', 'Hello!', 'hiya', 'Good morning.', 'hey there', 'HELLO AGAIN', 'get started', '👋'])('%j is only a greeting', (text) => {
    expect(isGreetingOnly(text)).toBe(true);
  });

  it.each(['Activities', '2', 'my data', 'hi, can I see my goals', 'walking group near M6', 'help', 'check in'])('%j says something to answer', (text) => {
    expect(isGreetingOnly(text)).toBe(false);
  });
});
