/** The file that marks a folder as written by `--layout`, so a later run may replace it. */
export const LAYOUT_MARK = '.crosscheck-layout';
