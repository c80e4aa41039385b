import { EXIT } from './exit-codes.js';

/**
 * The signals that stop a run (`batch`, `compare`) cleanly, and the exit code of each: 128 + the
 * signal's number, as shells report it.
 */
export const SIGNAL_EXIT = { SIGINT: EXIT.interrupted, SIGTERM: 143 } as const;

/** A signal that stops a run. */
export type StopSignal = keyof typeof SIGNAL_EXIT;

/**
 * Calls `handler` instead of dying at once on SIGINT (Ctrl-C) or SIGTERM, so a batch can remove its
 * temporary files and say how far it got (user trial 4), and compare can finish the outputs it is
 * writing. The handler runs when this thread is free (between events; worker threads stop at
 * exit). Returns the function that restores the defaults.
 */
export function onStopSignal(handler: (signal: StopSignal) => void): () => void {
  const signals = Object.keys(SIGNAL_EXIT) as StopSignal[];
  for (const signal of signals) process.on(signal, handler);
  return () => {
    for (const signal of signals) process.off(signal, handler);
  };
}
