import { uniformInt } from 'pure-rand/distribution/uniformInt';
import { xoroshiro128plus } from 'pure-rand/generator/xoroshiro128plus';

/** Seeded choices (fast-check's own generator): the same seed makes the same bodies, run after run. */
export interface SeededRandom {
  below(count: number): number;
  pick<T>(items: readonly T[]): T;
  chance(percent: number): boolean;
  uuid(): string;
}

export function seededRandom(seed: number): SeededRandom {
  const generator = xoroshiro128plus(seed);
  const below = (count: number) => uniformInt(generator, 0, count - 1);
  return {
    below,
    pick: (items) => items[below(items.length)]!,
    chance: (percent) => below(100) < percent,
    uuid: () => {
      const hex = Array.from({ length: 32 }, () => below(16).toString(16));
      hex[12] = '4';
      hex[16] = '89ab'[below(4)]!;
      const text = hex.join('');
      return `${text.slice(0, 8)}-${text.slice(8, 12)}-${text.slice(12, 16)}-${text.slice(16, 20)}-${text.slice(20)}`;
    },
  };
}
