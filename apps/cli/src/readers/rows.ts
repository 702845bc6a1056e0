/** Table-shaped content: one row per table row, paragraphs outside tables as one-cell rows. */
export interface Rows {
  readonly rows: string[][];
  /** What the content was decoded from, for `source.encoding` (`html (gb18030)`). */
  readonly encoding: string;
}
