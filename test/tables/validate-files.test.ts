import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { copyEvents, memoryIo, tempDir } from '../batch/helpers.js';

// User trial 18, item 14: `validate` took a claims file written by batch or extract for a broken
// report, and passed a summary.json whose totals did not add up.
const work = tempDir();
const out = join(work, 'out');
const claims = join(work, 'claims');
const code = await main(
  ['batch', copyEvents(), '--out', out, '--claims', claims, '--jobs', '1'],
  memoryIo().io,
);
const claimsFile = join(claims, 'quake-2020-01-02', 'courier.json');

const check = async (path: string) => {
  const { io, stdout, stderr } = memoryIo();
  return { code: await main(['validate', path], io), stdout: stdout(), stderr: stderr() };
};

/** The parts of a claims file and a summary the tests break. */
interface ClaimsDocument {
  claims: { text: string; sentence: string }[];
  source: { sentences: { start: number; tokens?: unknown[] }[] };
  injected?: number;
}
interface SummaryDocument {
  totals: { events: number; pairs: number; ok: number; failed: number; findings: { framing: number } };
}

/** A copy of `from` edited by `edit`, written under `name` in a fresh folder. */
function edited<T>(from: string, name: string, edit: (document: T) => void): string {
  const document = JSON.parse(readFileSync(from, 'utf8')) as T;
  edit(document);
  const path = join(tempDir(), name);
  writeFileSync(path, JSON.stringify(document, null, 2));
  return path;
}

describe('validate reads a claims file as a claims file', () => {
  it('a claims file written by batch: valid', async () => {
    expect(code).toBe(0);
    const result = await check(claimsFile);
    expect(result).toMatchObject({ code: 0, stdout: `${claimsFile}: valid\n` });
  });

  it.each([
    [
      'a claim that does not slice its text',
      (c: ClaimsDocument) => {
        c.claims[0].text = `${c.claims[0].text}!`;
      },
      /claim \S+: text\.slice\(\d+, \d+\) is not /,
    ],
    [
      'a sentence that does not slice its text',
      (c: ClaimsDocument) => {
        c.source.sentences[0].start += 1;
      },
      /source\.s\d+: text\.slice\(\d+, \d+\) is not /,
    ],
    [
      'a claim in an unknown sentence',
      (c: ClaimsDocument) => {
        c.claims[0].sentence = 's999';
      },
      /claim \S+ names unknown s999/,
    ],
    [
      'a token that is no [start, end] pair',
      (c: ClaimsDocument) => {
        c.source.sentences[0].tokens = [7];
      },
      /source\.s\d+ token 0 is not a \[start, end\] pair/,
    ],
    [
      'a property the schema does not know',
      (c: ClaimsDocument) => {
        c.injected = 1;
      },
      /must NOT have additional properties/,
    ],
  ])('%s: exit 2, named', async (_what, edit, problem) => {
    const result = await check(edited(claimsFile, 'courier.json', edit));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(problem);
    expect(result.stderr).toMatch(/is not a valid claims file \(\d+ problems?\)/);
    expect(result.stderr).not.toMatch(/required property 'pair'/);
  });
});

describe('validate checks that summary.json adds up', () => {
  const summary = () => join(out, 'summary.json');

  it('the batch’s summary.json: valid', async () => {
    expect((await check(summary())).code).toBe(0);
  });

  it.each([
    [
      'pairs',
      (s: SummaryDocument) => {
        s.totals.pairs = 99;
      },
      /totals\.pairs is 99 but its pairs add up to 4/,
    ],
    [
      'ok and failed',
      (s: SummaryDocument) => {
        s.totals.ok = 0;
        s.totals.failed = 4;
      },
      /totals\.ok is 0 but its pairs add up to 4[\s\S]*totals\.failed is 4 but its pairs add up to 0/,
    ],
    [
      'findings by kind',
      (s: SummaryDocument) => {
        s.totals.findings.framing += 50;
      },
      /totals\.findings\.framing is \d+ but its pairs add up to \d+/,
    ],
    [
      'events',
      (s: SummaryDocument) => {
        s.totals.events = 1;
      },
      /totals\.events is 1 but its pairs add up to 2/,
    ],
  ])('totals.%s that do not add up: exit 2, named', async (_what, edit, problem) => {
    const result = await check(edited(summary(), 'summary.json', edit));
    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(problem);
    expect(result.stderr).toMatch(/is not a valid batch file/);
  });
});
