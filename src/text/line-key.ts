// How two lines of a source are compared when one may repeat the other (a caption printed twice,
// a headline repeated in the body): by case-folded words, whatever their spacing. One definition
// for the reader (read/title.ts) and the segmenter (segment/lines.ts), which must agree.

/** A text in lower case with its runs of white space folded to one space, trimmed. */
export const normalise = (text: string): string => text.toLowerCase().replace(/\s+/g, ' ').trim();
