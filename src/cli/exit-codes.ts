/** The CLI's exit codes, documented in one place (README "Exit codes"). */
export const EXIT = {
  /** Everything ran. */
  ok: 0,
  /** Findings crossed a `--fail-on` gate, or a pair of a batch failed while being compared. */
  gate: 1,
  /**
   * Usage or input error: one line names the file and the fix. A batch with a source it could not
   * read still writes every other pair, then exits 2 (batch/summarize.ts).
   */
  usage: 2,
  /** A bug in crosscheck itself. */
  internal: 3,
  /**
   * A run stopped by Ctrl-C (SIGINT); SIGTERM gives 143 (cli/interrupt.ts). `batch` and `compare`
   * exit so; a batch run again continues where it stopped.
   */
  interrupted: 130,
} as const;
