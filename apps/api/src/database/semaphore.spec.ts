import { describe, expect, it } from 'vitest';
import { Semaphore, TurnsByKey } from './semaphore.js';

describe('semaphore', () => {
  it('admits up to its permits at once and the waiters first come, first served', async () => {
    const semaphore = new Semaphore(2);
    const first = await semaphore.acquire({ timeoutMs: 0 });
    const second = await semaphore.acquire({ timeoutMs: 0 });
    const admitted: string[] = [];
    const third = semaphore.acquire({ timeoutMs: 1_000 }).then((release) => (admitted.push('third'), release));
    const fourth = semaphore.acquire({ timeoutMs: 1_000 }).then((release) => (admitted.push('fourth'), release));
    first!();
    first!();
    await third;
    expect(admitted).toEqual(['third']);
    second!();
    await fourth;
    expect(admitted).toEqual(['third', 'fourth']);
  });

  it('Overload: a waiter whose time runs out gets nothing and leaves the line', async () => {
    const semaphore = new Semaphore(1);
    const holder = await semaphore.acquire({ timeoutMs: 0 });
    expect(await semaphore.acquire({ timeoutMs: 20 })).toBeNull();
    const next = semaphore.acquire({ timeoutMs: 1_000 });
    holder!();
    expect(await next).toBeTypeOf('function');
  });

  it('keeps a line per key only while someone holds or waits for it', async () => {
    const turns = new TurnsByKey();
    const a = await turns.acquire({ key: 'a', timeoutMs: 0 });
    const b = await turns.acquire({ key: 'b', timeoutMs: 0 });
    expect(b).toBeTypeOf('function');
    expect(await turns.acquire({ key: 'a', timeoutMs: 10 })).toBeNull();
    expect(turns.size).toBe(2);
    a!();
    b!();
    expect(turns.size).toBe(0);
  });
});
