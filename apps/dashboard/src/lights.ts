// The deadline lights in the reader's language. `@minsheng/metrics` gives each light a `rule` and a
// `reason` (in English); the page says the same rule in Chinese and keeps the metrics' reason
// next to it, so the text on screen and the computed figures can always be matched.
import type { Light } from "@minsheng/core";

const DAY = 86_400_000;

function days(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY);
}

/** Why a task has its light, in Chinese: the rule that fired, with the dates it compared. */
export function lightReason(l: Light, asOf: string): string {
  switch (l.rule) {
    case "done":
      return l.doneBy ? `已完成（后续报告称已完成），期限 ${l.deadline}` : `已完成，期限 ${l.deadline}`;
    case "overdue":
      return `已逾期：期限 ${l.deadline} 已过 ${days(l.deadline, asOf)} 天，尚无报告称已完成`;
    case "behind":
      return `文件自述滞后，期限 ${l.deadline}`;
    case "due-soon":
      return `30 天内到期：期限 ${l.deadline}，还有 ${days(asOf, l.deadline)} 天`;
    case "lagging":
      return `进度落后于序时：期限 ${l.deadline}，所述进展落后于已过时间`;
    case "on-schedule":
      return `按期推进：期限 ${l.deadline}，还有 ${days(asOf, l.deadline)} 天`;
    default:
      return l.reason;
  }
}
