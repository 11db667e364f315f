/**
 * `pnpm new-product` refuses what it cannot do cleanly and then changes nothing: an id that is
 * taken or not a valid id, a port already in use; a write that fails part-way is undone.
 */
import { existsSync, mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { planScaffold, writeAllOrNothing } from '../src/index.mjs';
import { changesBetween, hashTree } from './file-hashes.js';
import { copyWorkspace, runNode, type WorkspaceCopy } from './workspace-copy.js';

const NO_CHANGES = { added: [], changed: [], removed: [] };

describe('pnpm new-product refusals', () => {
  let copy: WorkspaceCopy;
  let before: Map<string, string>;

  beforeAll(() => {
    copy = copyWorkspace();
    before = hashTree({ root: copy.root });
  });

  afterAll(() => copy?.remove());

  const attempt = (args: string[]) => {
    const result = runNode({ cwd: copy.root, args: ['tooling/scripts/new-product.mjs', ...args] });
    return { ...result, changes: changesBetween({ before, after: hashTree({ root: copy.root }) }) };
  };

  it.each([
    { case: 'a registered product', id: 'monitor', message: 'a product "monitor" is already registered' },
    { case: 'the reserved word api', id: 'api', message: '"api" is a reserved word' },
    { case: 'an upper-case id', id: 'Fleet', message: 'is not a valid id' },
    { case: 'an id starting with a digit', id: '1fleet', message: 'is not a valid id' },
    { case: 'an id with an underscore', id: 'fleet_hub', message: 'is not a valid id' },
    { case: 'an id longer than 30 characters', id: `f${'x'.repeat(30)}`, message: 'longer than 30 characters' },
    { case: 'the reserved word ui', id: 'ui', message: '"ui" is a reserved word' },
    { case: 'a JavaScript keyword', id: 'class', message: '"class" is a reserved word' },
    { case: 'a name roles-core already exports', id: 'products', message: 'reserved word' },
    { case: 'a workspace package folder', id: 'portal-kit', message: 'already used in the workspace' },
  ])('refuses $case ($id) and changes nothing', ({ id, message }) => {
    const result = attempt([id, '--name', 'Loome Fleet']);
    expect(result.code).toBe(1);
    expect(result.output).toContain(message);
    expect(result.output).toContain('Nothing was changed.');
    expect(result.changes).toEqual(NO_CHANGES);
  });

  it('refuses an id whose apps/ folder exists though no product registers it, and changes nothing', () => {
    mkdirSync(join(copy.root, 'apps/orphan'));
    try {
      const result = attempt(['orphan', '--name', 'Loome Orphan']);
      expect(result.code).toBe(1);
      expect(result.output).toContain('"orphan" is already used in the workspace');
      expect(result.changes).toEqual(NO_CHANGES);
    } finally {
      rmdirSync(join(copy.root, 'apps/orphan'));
    }
  });

  it("refuses a port taken by a portal or the API, a missing name, a name that would end the file's comment and a missing id, and changes nothing", () => {
    const outputs = [
      attempt(['fleet', '--name', 'Loome Fleet', '--port', '3002']),
      attempt(['fleet', '--name', 'Loome Fleet', '--port', '3000']),
      attempt(['fleet', '--name', 'Loome Fleet', '--port', 'eighty']),
      attempt(['fleet']),
      attempt(['fleet', '--name', 'Loome */ Fleet']),
      attempt(['--name', 'Loome Fleet']),
    ];
    expect(outputs.map((result) => result.code)).toEqual([1, 1, 1, 1, 1, 1]);
    expect(outputs[0]!.output).toContain("port 3002 is already a product portal's");
    expect(outputs[1]!.output).toContain("port 3000 is the API's");
    expect(outputs[3]!.output).toContain('a display name is required');
    expect(outputs[4]!.output).toContain('the display name holds "*/"');
    expect(outputs.every((result) => JSON.stringify(result.changes) === JSON.stringify(NO_CHANGES))).toBe(true);
  });

  it('undoes every file and folder it wrote when a write fails part-way', () => {
    const plan = planScaffold({ root: copy.root, id: 'half-done', name: 'Loome Half Done' });
    if (!plan.ok) throw new Error(plan.problems.join('; '));
    let writes = 0;
    const failOnFourth = (path: string, content: string) => {
      writes += 1;
      if (writes === 4) throw new Error('disk full');
      writeFileSync(path, content);
    };
    expect(() => writeAllOrNothing({ root: copy.root, writes: plan.writes, writeFile: failOnFourth })).toThrow('disk full');
    expect(writes).toBe(4);
    expect(existsSync(join(copy.root, 'apps/half-done'))).toBe(false);
    expect(changesBetween({ before, after: hashTree({ root: copy.root }) })).toEqual(NO_CHANGES);
  });
});
