import { describe, expect, it } from 'vitest';
import { parseEmailList, splitEmailList } from './parse-email-list.js';

describe('parseEmailList', () => {
  it('R2: several addresses separated by semicolons, trimmed, lower-cased, duplicates collapsed', () => {
    expect(parseEmailList({ text: ' Ann@Example.com ;bob@example.com; ann@example.COM ' })).toEqual({
      ok: true,
      emails: ['ann@example.com', 'bob@example.com'],
    });
  });

  it('R2: empty entries between semicolons are ignored', () => {
    expect(parseEmailList({ text: 'a@x.com;;b@y.com;' })).toEqual({ ok: true, emails: ['a@x.com', 'b@y.com'] });
  });

  it('R2: splitting keeps every entry as typed and in order (positions stay those of the list), dropping only empty ones', () => {
    expect(splitEmailList({ text: ' Ann@Example.com ;; not an address;ann@example.com ' })).toEqual(['Ann@Example.com', 'not an address', 'ann@example.com']);
    expect(splitEmailList({ text: ' ; ' })).toEqual([]);
  });

  it('R2: a list with no address is refused as VALIDATION', () => {
    const result = parseEmailList({ text: ' ; ;' });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.refusal.code).toBe('VALIDATION');
  });

  it('R2: every bad entry is reported with its 1-based position and nothing is accepted', () => {
    const result = parseEmailList({ text: 'good@x.com; not-an-email ;also@good.org;two@@x.com' });
    expect(result).toMatchObject({
      ok: false,
      refusal: {
        code: 'VALIDATION',
        invalidEntries: [
          { position: 2, value: 'not-an-email' },
          { position: 4, value: 'two@@x.com' },
        ],
      },
    });
  });
});
