import { describe, expect, it } from 'vitest';
import { isValidEmail, normalizeEmailAddress } from './email-address.js';
import { parseEmailList } from './parse-email-list.js';

describe('SPEC Addresses: one address rule (WHATWG valid e-mail address, ASCII, 64/254)', () => {
  it('SPEC Addresses: accepts what the WHATWG grammar accepts, stripped of ASCII whitespace and lower-cased', () => {
    expect(normalizeEmailAddress({ text: ' Ann.O+tag@Example.COM\t' })).toBe('ann.o+tag@example.com');
    expect(normalizeEmailAddress({ text: "o'neil!#$%&*/=?^_`{|}~-@x-y.example" })).toBe("o'neil!#$%&*/=?^_`{|}~-@x-y.example");
    expect(normalizeEmailAddress({ text: 'root@localhost' })).toBe('root@localhost');
  });

  it('SPEC Addresses: lone surrogates, fullwidth letters, zero-width and bidi characters, controls and address literals are refused', () => {
    for (const text of [
      'a\ud800@x.test',
      'a\udbff@x.test',
      'ａdmin@x.test',
      'admin\u200b@x.test',
      '\u200badmin@x.test',
      'admin@x\u202e.test',
      'ad\u0000min@x.test',
      'ad\u0007min@x.test',
      'admin@x.test\u0085',
      'admin@[127.0.0.1]',
      'admin@\u00a0x.test',
      'ädmin@x.test',
      'admin@bücher.test',
      'a b@x.test',
      '"a"@x.test',
      'a@-x.test',
      'a@x-.test',
      'a@x..test',
      '@x.test',
      'a@',
    ]) {
      expect(isValidEmail({ email: text }), JSON.stringify(text)).toBe(false);
    }
  });

  it('SPEC Addresses: the local part holds at most 64 characters and the address at most 254', () => {
    const label = 'x'.repeat(63);
    expect(isValidEmail({ email: `${'a'.repeat(64)}@x.test` })).toBe(true);
    expect(isValidEmail({ email: `${'a'.repeat(65)}@x.test` })).toBe(false);
    const domain254 = `${label}.${label}.${label}.${'y'.repeat(254 - 2 - 3 * 64)}`;
    expect(isValidEmail({ email: `a@${domain254}` })).toBe(true);
    expect(`a@${domain254}`.length).toBe(254);
    expect(isValidEmail({ email: `ab@${domain254}` })).toBe(false);
    expect(isValidEmail({ email: `${'a'.repeat(70_000)}@x.test` })).toBe(false);
  });

  it('R2, R3: two addresses that differ only in an invalid character never become one user: each bad one is reported at its position', () => {
    const result = parseEmailList({ text: 'a\ud800@x.test; a\udbff@x.test; good@x.test;  ; ｇood@x.test;\u200b' });
    expect(result).toMatchObject({
      ok: false,
      refusal: { code: 'VALIDATION', invalidEntries: [{ position: 1 }, { position: 2 }, { position: 4 }, { position: 5 }] },
    });
  });

  it(`R2: an entry over 254 characters in a list is refused with its position, whatever the rest`, () => {
    const result = parseEmailList({ text: `ok@x.test;${'a'.repeat(400)}@x.test` });
    expect(result).toMatchObject({ ok: false, refusal: { invalidEntries: [{ position: 2 }] } });
  });
});
