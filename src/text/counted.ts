/** A count with its noun in the right number: "1 finding", "3 findings", "1 referent" ("many" for an irregular plural). */
export function counted(n: number, one: string, many = `${one}s`): string {
  return `${n} ${n === 1 ? one : many}`;
}
