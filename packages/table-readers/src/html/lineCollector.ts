/** Whitespace as the browser renders it: runs (NBSP and the ideographic space kept apart) become one space. */
const collapse = (s: string) => s.replace(/[ \t\n\r\f]+/g, " ");

/** Collects text in reading order into lines, which the walker breaks at block elements and `<br>`. */
export class LineCollector {
  private current = "";

  /** @param sink - receives each non-empty line, whitespace collapsed and trimmed */
  constructor(private readonly sink: (line: string) => void) {}

  /** Appends text to the line being collected. */
  text(s: string): void {
    this.current += s;
  }

  /** Ends the line being collected, handing it to the sink unless it is blank. */
  flush(): void {
    const line = collapse(this.current).trim();
    if (line) this.sink(line);
    this.current = "";
  }
}
