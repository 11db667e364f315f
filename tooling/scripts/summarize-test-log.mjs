// Adds up vitest's per-package summaries into one closing line that CI can read, and repeats the
// failed tests with their first error line just above it: the end of a long log is what gets read.
import { readFileSync } from 'node:fs';
import { stripVTControlCharacters } from 'node:util';

const lines = stripVTControlCharacters(readFileSync(process.argv[2], 'utf8')).split('\n');
let passed = 0;
let failed = 0;
let skipped = 0;
const failures = [];
lines.forEach((line, index) => {
  const failure = line.match(/^(\S+:test:)?\s*FAIL\s+(.+)$/);
  if (failure) {
    const reason = lines.slice(index + 1, index + 12).find((next) => /(Error|expected|Timed out|toBe|toEqual)/.test(next));
    failures.push(
      `${failure[1] ?? ''} ${failure[2].trim()}${
        reason
          ? `\n    ${reason
              .replace(/^\S+:test:\s*/, '')
              .trim()
              .slice(0, 300)}`
          : ''
      }`,
    );
  }
  const match = line.match(/^\S*\s*Tests\s+(.*)$/);
  if (!match || !/\(\d+\)\s*$/.test(line)) return;
  passed += Number(match[1].match(/(\d+) passed/)?.[1] ?? 0);
  failed += Number(match[1].match(/(\d+) failed/)?.[1] ?? 0);
  skipped += Number(match[1].match(/(\d+) skipped/)?.[1] ?? 0);
});
const unique = [...new Set(failures)];
if (unique.length > 0) console.log(`failed:\n${unique.slice(0, 40).join('\n')}`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
