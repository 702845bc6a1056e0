// readDeadline against chrono-node's Chinese parser on the seeds' deadline phrases: accuracy and
// phrases per second. The 4,500-space seed line is left out on purpose (see deadlinePhrases.ts).
import * as chrono from "chrono-node";
import { readDeadline } from "../../packages/parsers/src/fields/deadline/readDeadline";
import { DEADLINE_PHRASES, DEADLINE_YEAR } from "./deadlinePhrases";
import { measure, sig } from "./measure";

/** One reader's figures. */
export interface DeadlineRow {
  readonly name: string;
  readonly right: number;
  readonly total: number;
  readonly phrasesPerSecond: number;
  /** phrasesPerSecond / readDeadline's. */
  readonly ratio: number;
  readonly wrong: readonly string[];
}

const REF = new Date(Date.UTC(DEADLINE_YEAR, 0, 15, 12));
const iso = (d: Date): string =>
  `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;

const ours = (text: string): string | null => readDeadline(text, { year: DEADLINE_YEAR })?.date ?? null;
const chronoZh = (text: string): string | null => {
  const d = chrono.zh.parseDate(text, REF);
  return d ? iso(d) : null;
};

/**
 * Runs the deadline comparison (process TZ should be UTC, as `pnpm bench` sets it).
 *
 * @example
 * ```ts
 * const [ours] = await runDeadlinesBench();
 * ours?.right === ours?.total; //=> true
 * ```
 */
export async function runDeadlinesBench(): Promise<DeadlineRow[]> {
  const readers: [string, (t: string) => string | null][] = [
    ["readDeadline (minsheng)", ours],
    ["chrono-node 2.10.3 (zh)", chronoZh],
  ];
  const hz = await measure(
    Object.fromEntries(
      readers.map(([name, r]) => [
        name,
        () => {
          for (const p of DEADLINE_PHRASES) r(p.text);
        },
      ]),
    ),
  );
  const n = DEADLINE_PHRASES.length;
  const base = (hz[readers[0]?.[0] ?? ""] ?? 1) * n;
  return readers.map(([name, r]) => {
    const wrong: string[] = [];
    let right = 0;
    for (const p of DEADLINE_PHRASES) {
      const got = r(p.text);
      if (got === p.date) right++;
      else wrong.push(`${p.text} → ${got}`);
    }
    const perSecond = (hz[name] ?? 0) * n;
    return { name, right, total: n, phrasesPerSecond: sig(perSecond), ratio: sig(perSecond / base), wrong };
  });
}
