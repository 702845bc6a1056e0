import type { Table } from "../output/Table";

/** A piece of a human-readable output (report, diff), rendered as Markdown or terminal text. */
export type Block =
  | { readonly kind: "heading"; readonly level: 1 | 2 | 3; readonly text: string }
  | { readonly kind: "paragraph"; readonly text: string }
  | { readonly kind: "table"; readonly table: Table; readonly empty?: string };
