import { describe, expect, it } from 'vitest';
import { listPageHref, neighbourHrefsOf } from './list-href.js';

const filters = { role: 'consumer', q: 'ada', kind: '', sort: '' };

describe('paged lists in the address', () => {
  it('keeps the search and the filters on every page, and leaves out the empty ones', () => {
    expect(listPageHref({ filters, cursor: 'c2', trail: ['c1'] })).toBe('?role=consumer&q=ada&cursor=c2&trail=c1');
    expect(listPageHref({ filters: { q: 'a b&c' }, cursor: null, trail: [] })).toBe('?q=a+b%26c');
  });

  it('the first page has no Previous; Next carries the trail back to it', () => {
    const first = neighbourHrefsOf({ position: { from: 1, shown: 50, total: 120, cursor: null, trail: [], nextCursor: 'c1' }, filters });
    expect(first).toEqual({ previousHref: null, nextHref: '?role=consumer&q=ada&cursor=c1' });
    const second = neighbourHrefsOf({ position: { from: 51, shown: 50, total: 120, cursor: 'c1', trail: [], nextCursor: 'c2' }, filters });
    expect(second).toEqual({ previousHref: '?role=consumer&q=ada', nextHref: '?role=consumer&q=ada&cursor=c2&trail=c1' });
  });

  it('the last page has no Next, and Previous goes one page back', () => {
    const last = neighbourHrefsOf({ position: { from: 101, shown: 20, total: 120, cursor: 'c2', trail: ['c1'], nextCursor: null }, filters });
    expect(last).toEqual({ previousHref: '?role=consumer&q=ada&cursor=c1', nextHref: null });
  });
});
