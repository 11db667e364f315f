import { it } from 'vitest';
import { describeOnEachDatabase } from '../harness/on-each-database.js';
import { playSequence } from './model-run.js';

/** Sequences the model-based test shrank to, kept as examples once their disagreement was settled. */
describeOnEachDatabase('model-based replays', (get) => {
  it('model replay: assist, 4 steps (R18: a group administrator notified keeps their role)', async () => {
    const world = await playSequence({
      s: get(),
      productId: 'assist',
      ops: [
        { op: 'directory', members: [[], [1]] },
        { op: 'addGroups', actor: 0, role: 0, groups: [4] },
        { op: 'createProject', actor: 0 },
        { op: 'notify', actor: 0, project: 0, users: [1] },
      ],
    });
    void world;
  });
});
