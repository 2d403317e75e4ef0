import { describe, expect, it } from 'vitest';
import { capturingLogger } from '../support/log-capture';

describe('logger redaction', () => {
  it('drops message text, names, phone numbers and emails wherever they sit', () => {
    const { logger, text } = capturingLogger();
    logger.info(
      {
        event: 'test.event',
        text: 'I feel awful today',
        name: 'Ada Lovelace',
        phone: '+447700900123',
        email: 'ada@example.test',
        activity: { text: 'secret words', from: { id: 'u1', name: 'Ada Lovelace' }, channelData: { phone: '+447700900123' } },
        person: { name: 'Ada Lovelace', email: 'ada@example.test', phoneNumber: '07700 900123' },
      },
      'something happened',
    );
    const output = text();
    expect(output).toContain('test.event');
    for (const secret of ['I feel awful', 'Ada', 'Lovelace', '7700', 'ada@example', 'secret words']) {
      expect(output).not.toContain(secret);
    }
  });
});
