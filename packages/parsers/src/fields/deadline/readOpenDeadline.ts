/**
 * Words a deadline cell uses for work with no end date: 长期坚持, 持续推进, 常态化, 每季度, 按月推进.
 * A cell that states one is not a date left unread but a task without a dated deadline.
 * @internal
 */
const OPEN_ENDED = /长期|长效|持续|常态|定期|逐年|每[年季月周日天]|按[年季月周日]/;

/**
 * The words of a deadline cell that say the work has no end date (`长期`, `持续`, `常态`, `每月`…),
 * or null. Asked of a cell no date was read from: `2024年底前持续推进` reads as its date first.
 * Never throws; linear time (one bounded alternation).
 *
 * @category Fields
 * @param text - The deadline cell, as written.
 * @returns The open-ended words as written, or null.
 *
 * @example
 * ```ts
 * readOpenDeadline("长期坚持"); //=> "长期"
 * readOpenDeadline("每季度"); //=> "每季"
 * readOpenDeadline("见附件"); //=> null
 * ```
 */
export function readOpenDeadline(text: string): string | null {
  return OPEN_ENDED.exec(text)?.[0] ?? null;
}
