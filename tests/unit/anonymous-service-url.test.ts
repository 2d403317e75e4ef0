import { describe, expect, it } from 'vitest';
import { anonymousMayReplyTo } from '../../adapters/bot-connector/anonymous-service-url';

describe('anonymousMayReplyTo', () => {
  it.each(['http://localhost:50000', 'http://127.0.0.1:9/unused', 'http://127.8.9.10/', 'http://[::1]:3978/', 'https://localhost/'])('allows loopback %s', (url) => {
    expect(anonymousMayReplyTo(url, [])).toBe(true);
  });

  it.each([
    'http://169.254.169.254/latest/meta-data/',
    'http://10.0.0.5:8080/',
    'https://smba.trafficmanager.net/uk/',
    'http://localhost.attacker.test/',
    'http://127.0.0.1.attacker.test/',
    'file:///etc/passwd',
    'not a url',
  ])('refuses %s when nothing else is configured', (url) => {
    expect(anonymousMayReplyTo(url, [])).toBe(false);
  });

  it('allows the configured origins, and only those', () => {
    const allowed = ['http://192.168.1.20:50000'];
    expect(anonymousMayReplyTo('http://192.168.1.20:50000/v3/conversations', allowed)).toBe(true);
    expect(anonymousMayReplyTo('http://192.168.1.20:50001/', allowed)).toBe(false);
    expect(anonymousMayReplyTo('https://192.168.1.20:50000/', allowed)).toBe(false);
  });
});
