// Inputs: the two outlets' names as their front matter gives them ("HuffPost", "USA Today") and a
// run of capitalised words of an article ("The Huffington Post", "USA TODAY"). An article naming
// itself or the other outlet ("told The Huffington Post") reports no fact of the story (issue 10:
// judged omissions whose "name" was the outlet itself).

/** Letters only, lower case: "USA TODAY" → "usatoday", "HuffPost" → "huffpost". */
const compact = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');

/** Whether `short` is a subsequence of `long`, keeping its first letters: "huffpost" in "huffingtonpost". */
function abbreviates(short: string, long: string): boolean {
  if (short.length < 4 || !long.startsWith(short.slice(0, 3))) return false;
  let at = 0;
  for (const ch of long) if (ch === short[at]) at += 1;
  return at === short.length;
}

/**
 * A test for runs of words that name one of the outlets: any word of an outlet's name, whatever
 * its case, or the run as a whole spelling the outlet's name out ("The Huffington Post" for
 * "HuffPost", leading "The" aside).
 */
export function outletTest(outlets: string[]): (run: string, head: string) => boolean {
  const words = new Set(outlets.flatMap((o) => o.toLowerCase().split(/\s+/)));
  const names = outlets.map(compact).filter((n) => n.length > 0);
  return (run, head) => {
    if (words.has(head.toLowerCase())) return true;
    const whole = compact(run.replace(/^the\s+/i, ''));
    return names.some((n) => n === whole || abbreviates(n, whole));
  };
}
