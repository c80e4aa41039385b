/**
 * The words an article is grouped by: title and the lead of the text, lower-cased, words of
 * letters or digits. No stop-word list: words that most articles share get a low idf and
 * words in more than `maxDf` articles are dropped from the vectors (vectors.ts).
 */
const WORD = /[\p{L}\p{N}][\p{L}\p{N}'’-]*/gu;

/** How many words of the text are read: the lead says which story an article tells. */
export const LEAD_WORDS = 400;

/** The vocabulary of a grouping run: each distinct word gets a number and a document frequency. */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  df: Uint32Array = new Uint32Array(1024);

  get size(): number {
    return this.ids.size;
  }

  /** The sorted distinct term ids of a text and their counts; counts each term once in df. */
  add(text: string): { terms: Uint32Array; counts: Uint16Array } {
    const counts = new Map<number, number>();
    let words = 0;
    for (const match of text.matchAll(WORD)) {
      const word = match[0].toLowerCase().replace(/['’-]+$/, '');
      // One-letter words and lone digits carry no story.
      if (word.length < 2) continue;
      const id = this.idOf(word);
      counts.set(id, (counts.get(id) ?? 0) + 1);
      if (++words >= LEAD_WORDS) break;
    }
    const terms = Uint32Array.from([...counts.keys()].sort((x, y) => x - y));
    for (const id of terms) this.df[id]++;
    return { terms, counts: Uint16Array.from(terms, (id) => Math.min(counts.get(id) ?? 0, 65535)) };
  }

  private idOf(word: string): number {
    let id = this.ids.get(word);
    if (id === undefined) {
      id = this.ids.size;
      this.ids.set(word, id);
      if (id >= this.df.length) {
        const grown = new Uint32Array(this.df.length * 2);
        grown.set(this.df);
        this.df = grown;
      }
    }
    return id;
  }
}
