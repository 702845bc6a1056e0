// Readings of a whole line that several layouts (or a layout's detection and its parse) make, as
// single functions so that a LineMemo keeps one table for each, shared by all its callers.
import { readSeqMarker, type SeqMarker } from "../../fields/seq/readSeqMarker";
import { columnRole, readLabel, type ColumnRole } from "./columnRoles";
import { isSectionHeading } from "./headings";
import type { LineReader } from "./lineMemo";
import { readCategory } from "./readCategory";

/**
 * The numbering that opens the line ({@link readSeqMarker} of its text).
 * @internal
 *
 * @example
 * ```ts
 * seqMarkerOf({ no: 1, raw: "（一）新增托位", text: "（一）新增托位", cells: null })?.seq; //=> 1
 * ```
 */
export const seqMarkerOf: LineReader<SeqMarker | null> = (line) => readSeqMarker(line.text);

/**
 * The category the line names with its count ({@link readCategory} of its text).
 * @internal
 *
 * @example
 * ```ts
 * categoryOf({ no: 1, raw: "改善居住条件（4项）", text: "改善居住条件（4项）", cells: null });
 * //=> { name: "改善居住条件", declaredCount: 4 }
 * ```
 */
export const categoryOf: LineReader<{ name: string; declaredCount: number } | null> = (line) =>
  readCategory(line.text);

/**
 * The label and value of a labelled line ({@link readLabel} of its text).
 * @internal
 *
 * @example
 * ```ts
 * labelOf({ no: 1, raw: "主责单位：区教委", text: "主责单位：区教委", cells: null })?.role; //=> "lead"
 * ```
 */
export const labelOf: LineReader<ReturnType<typeof readLabel>> = (line) => readLabel(line.text);

/**
 * The column the line names, as a header cell on a line of its own ({@link columnRole} of its text).
 * @internal
 *
 * @example
 * ```ts
 * columnRoleOf({ no: 1, raw: "\t完成时限", text: "完成时限", cells: null }); //=> "deadline"
 * ```
 */
export const columnRoleOf: LineReader<ColumnRole | null> = (line) => columnRole(line.text);

/**
 * Whether the line opens a new section ({@link isSectionHeading} of its text).
 * @internal
 *
 * @example
 * ```ts
 * isSectionHeadingLine({ no: 1, raw: "二、2025年新增项目", text: "二、2025年新增项目", cells: null }); //=> true
 * ```
 */
export const isSectionHeadingLine: LineReader<boolean> = (line) => isSectionHeading(line.text);
