// Shared chart plumbing. Observable Plot draws SVG whose text is set with textContent (labels,
// tick labels, `title` tooltips), so document text stays text inside charts too.
import { h } from "./dom";

/** Plot's own default is `system-ui`, which has no CJK glyphs on some systems; use the page's stack. */
export const PLOT_STYLE: Partial<CSSStyleDeclaration> = {
  fontFamily: "var(--font)",
  fontSize: "12px",
  background: "transparent",
  overflow: "visible",
};

/**
 * The width a chart gets: its container's content box (padding excluded, or the chart would be
 * cut at the right edge), so the same code fits 1280 and 390 px screens.
 */
export function widthOf(container: Element): number {
  const style = getComputedStyle(container);
  const padding = (parseFloat(style.paddingLeft) || 0) + (parseFloat(style.paddingRight) || 0);
  const width = Math.floor(container.clientWidth - padding);
  return Math.max(280, width > 0 ? width : 800);
}

export function isNarrow(container: Element): boolean {
  return widthOf(container) < 560;
}

/** Wraps a Plot output in a scrollable box; `data-chart` names it for the tests. */
export function chartBox(name: string, plot: Element, caption: string): HTMLElement {
  const box = h("figure", { class: "chart", "data-chart": name }, h("figcaption", {}, caption));
  box.appendChild(plot);
  return box;
}

/** Monthly keys `YYYY-MM` from the first to the last, with the empty months in between (a timeline). */
export function monthRange(months: readonly string[]): string[] {
  const sorted = [...months].sort();
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (!first || !last) return [];
  const out: string[] = [];
  let [y, m] = first.split("-").map(Number) as [number, number];
  // Guard against absurd ranges (a misread year): cap the timeline at 20 years of months.
  for (let i = 0; i < 240; i++) {
    const key = `${y}-${String(m).padStart(2, "0")}`;
    out.push(key);
    if (key >= last) break;
    m += 1;
    if (m > 12) {
      m = 1;
      y += 1;
    }
  }
  return out;
}

/** Rough width of text at Plot's 12-px font: CJK and full-width characters a full em, the rest ~0.56 em. */
export function textWidth(text: string, fontSize = 12): number {
  let w = 0;
  for (const ch of text) w += /[\u2e80-\u9fff\uac00-\ud7af\uf900-\ufaff\uff00-\uffef]/.test(ch) ? 1 : 0.56;
  return w * fontSize;
}

/** Cuts a label to what `px` holds (SVG text does not wrap or clip); the full text goes in tooltips. */
export function fit(text: string, px: number, fontSize = 12): string {
  if (textWidth(text, fontSize) <= px) return text;
  let out = "";
  for (const ch of text) {
    if (textWidth(`${out}${ch}…`, fontSize) > px) break;
    out += ch;
  }
  return `${out}…`;
}
