// Adds up vitest's per-package summaries into one closing line that CI can read.
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const text = stripVTControlCharacters(readFileSync(process.argv[2], 'utf8'));
let passed = 0;
let failed = 0;
let skipped = 0;
for (const line of text.split('\n')) {
  const match = line.match(/^\S*\s*Tests\s+(.*)$/);
  if (!match || !/\(\d+\)\s*$/.test(line)) continue;
  passed += Number(match[1].match(/(\d+) passed/)?.[1] ?? 0);
  failed += Number(match[1].match(/(\d+) failed/)?.[1] ?? 0);
  skipped += Number(match[1].match(/(\d+) skipped/)?.[1] ?? 0);
}
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
