import { describe, expect, it } from 'vitest';
import { isIpv4OrCidr } from './ipv4-allowance.js';

describe('R20: IPv4 allow lists are written strictly', () => {
  it('R20: dotted-decimal addresses and network ranges are accepted', () => {
    for (const value of ['1.2.3.4', '0.0.0.0/0', '10.0.0.0/8', '192.168.1.7/32', '127.0.0.1']) expect(isIpv4OrCidr({ value }), value).toBe(true);
  });

  it('R20: spaces, leading zeros, host bits past the prefix, IPv6 and other digits are refused', () => {
    for (const value of [' 1.2.3.4', '1.2.3.4 ', '01.2.3.4', '10.0.0.1/8', '1.2.3.4/33', '::1', '1.2.3', '١.2.3.4', '1.2.3.4/08', '1.2.3.4\n']) {
      expect(isIpv4OrCidr({ value }), JSON.stringify(value)).toBe(false);
    }
  });

  it('R20: for every prefix length, the network address is accepted and the address after it refused', () => {
    for (let bits = 0; bits <= 32; bits++) {
      const hostBits = 32 - bits;
      const network = hostBits === 32 ? 0 : ((0xc0a80100 >>> hostBits) << hostBits) >>> 0;
      const dotted = (number: number) => [24, 16, 8, 0].map((shift) => (number >>> shift) & 255).join('.');
      expect(isIpv4OrCidr({ value: `${dotted(network)}/${bits}` }), `${dotted(network)}/${bits}`).toBe(true);
      if (hostBits > 0) expect(isIpv4OrCidr({ value: `${dotted(network + 1)}/${bits}` }), `${dotted(network + 1)}/${bits}`).toBe(false);
    }
  });
});
