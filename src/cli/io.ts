/** What the CLI may touch of the outside world, so tests can run it in-process. */
export interface Io {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stderr is a terminal (progress bars only then). */
  isTTY: boolean;
}

/** The real process's streams. */
export const processIo: Io = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  env: process.env,
  isTTY: Boolean(process.stderr.isTTY),
};

/** Whether to draw a live progress bar: only on a terminal and never in CI, whose logs keep every byte. */
export function wantsBar(io: Io): boolean {
  const ci = io.env.CI;
  return io.isTTY && (ci === undefined || ci === '' || ci === 'false' || ci === '0');
}
