/** One sentence for what an Add Members submit did (R3): added, invited, moved, unchanged. */
export function summarizeOutcome({ outcome }: { outcome: unknown }): string {
  const parts: string[] = [];
  const answer = (outcome ?? {}) as Record<string, unknown>;
  const count = (key: string) => (Array.isArray(answer[key]) ? (answer[key] as unknown[]).length : 0);
  const words: [string, string][] = [
    ['added', 'added'],
    ['invited', 'invited'],
    ['moved', 'moved from another role'],
    ['unchanged', 'already in this role'],
  ];
  for (const [key, phrase] of words) if (count(key) > 0) parts.push(`${count(key)} ${phrase}`);
  return parts.length ? `Members saved: ${parts.join(', ')}.` : 'Members saved.';
}
