import { describe, expect, it } from 'vitest';
import { ClientAddresses } from '../../src/http/client-address';

describe('ClientAddresses', () => {
  it('ignores X-Forwarded-For when no proxy is trusted (a rotating header cannot pose as new clients)', () => {
    const addresses = new ClientAddresses([]);
    expect(addresses.of('203.0.113.7', '198.51.100.1')).toBe('203.0.113.7');
    expect(addresses.of('203.0.113.7', '198.51.100.2, 198.51.100.3')).toBe('203.0.113.7');
  });

  it('ignores X-Forwarded-For sent by an address that is not a trusted proxy', () => {
    expect(new ClientAddresses(['10.0.0.0/8']).of('203.0.113.7', '198.51.100.1')).toBe('203.0.113.7');
  });

  it('takes the entry a trusted proxy appended, not what the client put before it', () => {
    const addresses = new ClientAddresses(['10.0.0.0/8']);
    // The client sent "X-Forwarded-For: 1.2.3.4"; the balancer appended the address it saw.
    expect(addresses.of('10.1.2.3', '1.2.3.4, 203.0.113.7')).toBe('203.0.113.7');
  });

  it('walks back through a chain of trusted proxies to the first untrusted hop', () => {
    const addresses = new ClientAddresses(['10.0.0.0/8', '192.168.1.1']);
    expect(addresses.of('10.1.2.3', '1.2.3.4, 203.0.113.7, 192.168.1.1, 10.9.9.9')).toBe('203.0.113.7');
  });

  it('stops at the last trusted hop when the header runs out or holds something that is not an address', () => {
    const addresses = new ClientAddresses(['10.0.0.0/8']);
    expect(addresses.of('10.1.2.3', '10.2.2.2')).toBe('10.2.2.2');
    expect(addresses.of('10.1.2.3', 'rotating-junk-42')).toBe('10.1.2.3');
    expect(addresses.of('10.1.2.3', undefined)).toBe('10.1.2.3');
  });

  it('trusts IPv6 proxies and IPv4 proxies seen as IPv4-mapped IPv6 addresses', () => {
    expect(new ClientAddresses(['::1']).of('::1', '2001:db8::5')).toBe('2001:db8::5');
    expect(new ClientAddresses(['127.0.0.1']).of('::ffff:127.0.0.1', '203.0.113.7')).toBe('203.0.113.7');
    expect(new ClientAddresses(['fd00::/8']).of('fd12::1', '203.0.113.7')).toBe('203.0.113.7');
  });
});
