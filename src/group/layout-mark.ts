/** The file that marks a folder as written by `--layout`, so a later run may replace it. */
export const LAYOUT_MARK = '.crosscheck-layout';

/** The folder of `--out` that `batch --input` lays its corpus out in, and `merge` carries over. */
export const LAID_OUT_SOURCES = 'sources';
