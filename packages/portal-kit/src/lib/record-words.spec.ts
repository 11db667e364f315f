import { describe, expect, it } from 'vitest';
import { recordDescription, recordsAssigned, shortId } from './record-words.js';

describe('records in words (R17, issue 17)', () => {
  it('R17: records that keep someone are counted, with the projects they are in when more than one', () => {
    expect(recordsAssigned({ records: [{ projectId: 'p1' }] })).toBe('1 record assigned to them');
    expect(recordsAssigned({ records: [{ projectId: 'p1' }, { projectId: 'p1' }] })).toBe('2 records assigned to them');
    expect(recordsAssigned({ records: [{ projectId: 'p1' }, { projectId: 'p2' }, { projectId: 'p2' }] })).toBe('3 records assigned to them, in 2 projects');
  });

  it('R17: a record is described by who it is assigned to and by its rule, never by its id', () => {
    expect(recordDescription({ assignee: 'Ines Ortiz', ruleName: null })).toBe('record assigned to Ines Ortiz');
    expect(recordDescription({ assignee: 'Ines Ortiz', ruleName: 'Nightly' })).toBe('record of rule “Nightly” assigned to Ines Ortiz');
    expect(recordDescription({ assignee: null, ruleName: null })).toBe('unassigned record');
    expect(shortId({ id: '55fe12ab-0000-4000-8000-000000000000' })).toBe('55fe12ab');
  });
});
