// Every crosscheck writer writes beside its target under one temporary name, so an interrupted
// run's leftovers can be recognised and swept (batch/interrupt.ts).

/**
 * The temporary name every crosscheck writer uses for `path`: `<target>.<process id>.tmp`, so
 * the target says it is crosscheck's and the process id whose (batch/interrupt.ts sweeps them).
 */
export function temporaryOf(path: string): string {
  return `${path}.${process.pid}.tmp`;
}

const TEMPORARY = /^(.+)\.(\d+)\.tmp$/;

/** A file name read as `temporaryOf`'s: the target's name and the writer's process id, else undefined. */
export function parseTemporary(name: string): { target: string; pid: number } | undefined {
  const match = TEMPORARY.exec(name);
  return match ? { target: match[1], pid: Number(match[2]) } : undefined;
}
