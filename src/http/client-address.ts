import { BlockList, isIP } from 'node:net';

/**
 * Works out a request's client address for rate limits. X-Forwarded-For is only believed when the
 * hop that sent it is a configured trusted proxy (TRUSTED_PROXIES): otherwise anyone could rotate
 * the header and look like a new client each time. Walks back from the socket's peer through the
 * header's entries (right to left, the order proxies append them), stopping at the first address
 * that is not a trusted proxy: that is the client.
 */
export class ClientAddresses {
  private readonly trusted = new BlockList();

  /** @param trustedProxies addresses and CIDR blocks (`10.0.0.0/8`, `::1`), checked by the config. */
  constructor(trustedProxies: readonly string[]) {
    for (const entry of trustedProxies) {
      const [address = '', bits] = entry.split('/');
      const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
      if (bits === undefined) this.trusted.addAddress(address, family);
      else this.trusted.addSubnet(address, Number(bits), family);
    }
  }

  /** The client's address: the socket's peer, or the nearest untrusted hop named by trusted proxies. */
  of(socketAddress: string | undefined, forwardedFor: string | undefined): string {
    let client = socketAddress ?? 'unknown';
    const hops = (forwardedFor ?? '').split(',').map((hop) => hop.trim()).filter((hop) => hop !== '').reverse();
    for (const hop of hops) {
      if (!this.trusts(client)) break;
      // A trusted proxy that passed on something that is not an address: it is the last hop known.
      if (isIP(hop) === 0) break;
      client = hop;
    }
    return client;
  }

  private trusts(address: string): boolean {
    const family = isIP(address);
    return family !== 0 && this.trusted.check(address, family === 6 ? 'ipv6' : 'ipv4');
  }
}
