import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { expect } from 'vitest';

/** The sample event's wire report: the other side of most fault pairs. */
export const WIRE = 'sources/astana-2018-05-14/wire.txt';

/** A fresh temporary folder. */
export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'cc-fault-'));
}

/** Writes files under `root` (`{ 'ev/a.txt': '…' }`), creating folders; returns root. */
export function writeTree(root: string, files: Record<string, string | Uint8Array>): string {
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(root, path)), { recursive: true });
    writeFileSync(join(root, path), content);
  }
  return root;
}

/** A short article with front matter, written for these tests. */
export function article(
  outlet: string,
  body = 'Ten people died in the city on Monday, officials said.',
): string {
  return `---\noutlet: ${outlet}\npublished: 2018-05-14\n---\n${body}\n`;
}

/** The promise for a user error: exit 2, one line on stderr matching `message`, no stack trace. */
export function expectOneLine(result: { code: number; stderr: string }, message: RegExp): void {
  expectLastLine(result, message);
  expect(result.stderr.trim().split('\n')).toHaveLength(1);
}

/** The same for a batch that printed progress lines first: the error is its last line. */
export function expectLastLine(result: { code: number; stderr: string }, message: RegExp): void {
  expect(result.stderr.trim().split('\n').at(-1)).toMatch(message);
  expect(result.stderr).not.toMatch(/\n\s+at |internal error/);
  expect(result.code).toBe(2);
}
