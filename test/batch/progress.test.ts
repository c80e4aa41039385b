import { describe, expect, it } from 'vitest';
import { barLine, createProgress } from '../../src/batch/progress.js';
import { wantsBar } from '../../src/cli/io.js';
import { entry } from './entries.js';
import { memoryIo } from './helpers.js';

const events = [
  { name: 'e1', pairs: 2 },
  { name: 'e2', pairs: 1 },
];

describe('progress', () => {
  it('draws a bar with pairs done, rate and ETA', () => {
    expect(barLine(5, 20, 2000, 10)).toBe('[==>       ] 5/20 pairs  2.5 pairs/s  ETA 0:06');
    expect(barLine(20, 20, 4000, 10)).toBe('[=========>] 20/20 pairs  5.0 pairs/s  ETA 0:00');
  });

  it.each([
    ['in CI', { CI: 'true' }, true],
    ['when piped', {}, false],
  ])('%s prints one plain line per event, in event order, with no control characters', (_n, env, tty) => {
    const { io, stderr } = memoryIo(env, tty);
    const progress = createProgress({ write: io.stderr, live: wantsBar(io) }, events, () => 0);
    progress.done([entry('e2/a--b', ['A', 'B'])], false);
    expect(stderr()).toBe('');
    progress.done([entry('e1/a--b', ['A', 'B'])], true);
    expect(stderr()).toBe('');
    progress.done([entry('e1/a--c', ['A', 'C'], {}, [], 'error')], false);
    progress.finish();
    expect(stderr()).toBe(
      'e1: 2 pair(s), 0 compared, 1 up to date, 1 failed\ne2: 1 pair(s), 1 compared, 0 up to date, 0 failed\n',
    );
    // biome-ignore lint/suspicious/noControlCharactersInRegex: the point is to find control characters
    expect(stderr()).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
  });

  it('redraws a bar in place on a terminal', () => {
    let now = 0;
    const { io, stderr } = memoryIo({}, true);
    const progress = createProgress({ write: io.stderr, live: wantsBar(io) }, events, () => now);
    now = 1000;
    progress.done([entry('e1/a--b', ['A', 'B'])], false);
    progress.finish();
    expect(stderr()).toContain('\r');
    expect(stderr()).toContain('1/3 pairs  1.0 pairs/s  ETA 0:02');
  });
});
