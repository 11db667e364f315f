import { describe, expect, it } from 'vitest';
import { auditFiltersOf, auditQueryOf } from './audit.js';

describe('the audit filters of an address', () => {
  it('R24: what the form sent is kept trimmed, and only the filters that are set go to the API', () => {
    const url = new URL('http://portal.test/t/t1/audit?actor=+alice%40x.test+&action=&target=Alpha&from=2025-03-01&to=&cursor=abc');
    const filters = auditFiltersOf({ url });
    expect(filters).toEqual({ actor: 'alice@x.test', action: '', target: 'Alpha', from: '2025-03-01', to: '' });
    expect(auditQueryOf({ filters }).toString()).toBe('actor=alice%40x.test&target=Alpha&from=2025-03-01');
    expect(auditQueryOf({ filters: auditFiltersOf({ url: new URL('http://portal.test/t/t1/audit') }) }).toString()).toBe('');
  });
});
