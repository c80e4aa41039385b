/**
 * Resolves once a signal that arrived during synchronous work has reached its handler. Node reads
 * signals in the event loop's poll phase; two immediates always have a poll phase between them,
 * whichever phase awaits this. One alone does not from an I/O callback, whose check phase comes
 * right after the poll phase it ran in (compare had measured one immediate too few). Batch waits
 * between tasks, compare once its outputs are written.
 */
export function signalsDelivered(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}
