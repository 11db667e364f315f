import { describe, expect, it } from 'vitest';
import { FreshVersionReads } from './fresh-version-reads.js';

/** A version source whose reads finish only when told, recording when each one started. */
function controlledSource() {
  let version = 0;
  const started: { atVersion: number; finish: () => void }[] = [];
  const read = (_tenantId: string) =>
    new Promise<number | null>((resolve) => {
      const atVersion = version;
      started.push({ atVersion, finish: () => resolve(atVersion) });
    });
  return { read, started, commit: () => (version += 1) };
}

describe('fresh version reads', () => {
  it('Production: a request never takes a version read that started before it arrived; those that arrive during a read share the next one', async () => {
    const source = controlledSource();
    const reads = new FreshVersionReads(source.read);
    const first = reads.read('t');
    source.commit(); // a change answers while the first read is on its way
    const second = reads.read('t');
    const third = reads.read('t');
    expect(source.started).toHaveLength(1);
    source.started[0]!.finish();
    expect(await first).toBe(0);
    await Promise.resolve();
    await Promise.resolve();
    expect(source.started).toHaveLength(2);
    source.started[1]!.finish();
    expect(await second).toBe(1);
    expect(await third).toBe(1);
  });

  it('Production: a failed read fails its requests and does not keep the next ones from reading', async () => {
    let fail = true;
    const reads = new FreshVersionReads(() => (fail ? Promise.reject(new Error('busy')) : Promise.resolve(3)));
    await expect(reads.read('t')).rejects.toThrow('busy');
    fail = false;
    expect(await reads.read('t')).toBe(3);
  });
});
