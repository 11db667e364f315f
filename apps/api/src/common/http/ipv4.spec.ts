import { describe, expect, it } from 'vitest';
import { ipAllowed } from './ipv4.js';

describe('IPv4 allow lists', () => {
  it('R20: a key limited to ranges works only from inside them; an empty list allows every address', () => {
    expect(ipAllowed({ ip: '::ffff:192.168.4.20', allowed: ['192.168.0.0/16'] })).toBe(true);
    expect(ipAllowed({ ip: '192.169.0.1', allowed: ['192.168.0.0/16'] })).toBe(false);
    expect(ipAllowed({ ip: '8.8.8.8', allowed: ['0.0.0.0/0'] })).toBe(true);
    expect(ipAllowed({ ip: '10.0.0.2', allowed: ['10.0.0.1'] })).toBe(false);
    expect(ipAllowed({ ip: '10.0.0.2', allowed: [] })).toBe(true);
  });
});
