import { describe, expect, it } from 'vitest';
import { parseMemberForm } from './member-form.js';

const formOf = (entries: [string, string][]) => {
  const form = new FormData();
  for (const [key, value] of entries) form.append(key, value);
  return form;
};

describe('parseMemberForm', () => {
  it('R1: sends the kind the user chose with the matching field', () => {
    expect(
      parseMemberForm({
        form: formOf([
          ['kind', 'group'],
          ['groupIds', 'g1'],
          ['groupIds', 'g2'],
        ]),
      }),
    ).toEqual({ kind: 'group', groupIds: ['g1', 'g2'] });
    expect(
      parseMemberForm({
        form: formOf([
          ['kind', 'apiKey'],
          ['apiKeyIds', 'k1'],
        ]),
      }),
    ).toEqual({ kind: 'apiKey', apiKeyIds: ['k1'] });
  });

  it('R2: passes the semicolon list through untouched so the API reports bad entries by position', () => {
    expect(
      parseMemberForm({
        form: formOf([
          ['kind', 'user'],
          ['emails', ' A@x.com ;; b@y '],
        ]),
      }),
    ).toEqual({ kind: 'user', emails: ' A@x.com ;; b@y ' });
  });
});
