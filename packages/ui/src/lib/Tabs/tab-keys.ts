/**
 * Which tab a key moves to, as the WAI-ARIA tabs pattern expects: arrows wrap around,
 * Home and End go to the ends. `null` leaves the key to the browser.
 */
const STEPS: Record<string, number> = { ArrowRight: 1, ArrowLeft: -1 };

export function tabAfterKey({ key, index, count }: { key: string; index: number; count: number }): number | null {
  if (count === 0) return null;
  if (key in STEPS) return (index + STEPS[key]! + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}
