// Parse throughput: every seed concatenated 1×, 10× and 100×, parsed from bytes (decode, split,
// layouts, fields, identity, hash), against the raw floor on the same bytes: decode + split into
// lines + one pass of a simple numeral regex. The ratio parse/floor is the figure that matters; the
// per-MB cost from 1× to 100× shows whether the parser stays linear.
import { isUtf8, transcode } from "node:buffer";
import { parseBytes } from "@minsheng/parsers";
import { measureInTurns, QUICK, sig } from "./measure";
import { seedCorpus } from "./seedCorpus";

/** One size. */
export interface ParseRow {
  readonly copies: number;
  readonly megabytes: number;
  readonly floorMBps: number;
  /** The floor decoding as the parser does in Node (isUtf8 + transcode) instead of TextDecoder. */
  readonly nodeFloorMBps: number;
  readonly parseMBps: number;
  /** parseMBps / floorMBps: the goal is ≥ 0.25. */
  readonly ratioToFloor: number;
  /** parseMBps / nodeFloorMBps: the same ratio when the floor decodes as fast as the parser. */
  readonly ratioToNodeFloor: number;
  /** The lowest and highest parse / floor of a single round: how far the machine's noise moved it. */
  readonly ratioToFloorRange: readonly [number, number];
  /** The same for parse / the floor with Node's decoder. */
  readonly ratioToNodeFloorRange: readonly [number, number];
  /** Rounds measured (each runs the floors and the parse once, in turns). */
  readonly rounds: number;
  /** Milliseconds of parsing per MB (flat from 1× to 100× when linear). */
  readonly parseMsPerMB: number;
  readonly tasks: number;
}

const NUMERAL = /\d+(?:\.\d+)?[万亿]?/g;

/**
 * The floor: what any reader of the text must at least do (decode, split into lines, one pass of a
 * numeral regex); returns the numerals found.
 *
 * @example
 * ```ts
 * floor(new TextEncoder().encode("新增托位300个\n改造5处")); //=> 2
 * ```
 */
export function floor(bytes: Uint8Array): number {
  return numerals(new TextDecoder("utf-8").decode(bytes));
}

/**
 * The floor decoding the way the parser decodes valid UTF-8 in Node, several times faster than
 * TextDecoder: without it the floor would pay for a slower decoder than the parse does.
 */
function nodeFloor(bytes: Uint8Array): number {
  if (!isUtf8(bytes)) throw new Error("the bench corpus is UTF-8");
  return numerals(transcode(bytes, "utf8", "utf16le").toString("utf16le"));
}

function numerals(text: string): number {
  const lines = text.split(/\r\n|\r|\n/);
  let n = 0;
  for (const l of lines) for (const _ of l.matchAll(NUMERAL)) n++;
  return n;
}

/**
 * Measures parse vs floor at each number of copies of the seeds (default 1, 10, 100).
 *
 * @example
 * ```ts
 * const [row] = await runParseBench([1]);
 * row?.copies; //=> 1
 * ```
 */
export async function runParseBench(
  copies: readonly number[] = QUICK ? [1, 10] : [1, 10, 100],
): Promise<ParseRow[]> {
  const rows: ParseRow[] = [];
  for (const k of copies) {
    const bytes = new TextEncoder().encode(seedCorpus(k));
    const mb = bytes.length / 2 ** 20;
    // In turns (blocks of 200 ms, or one call where a call takes longer): a machine whose speed drifts
    // during the run weighs on the floor and the parse alike. Each warmed up for 2 s of its own: with
    // 250 ms the 1x row timed the parser while V8 was still optimizing it (0.04 of the floor over its
    // first second, 0.16 over the next ones); a parse alone reaches its speed after about 1.5 s.
    const { hz, rounds } = measureInTurns(
      { floor: () => floor(bytes), nodeFloor: () => nodeFloor(bytes), parse: () => parseBytes(bytes) },
      {
        time: QUICK ? 300 : k >= 100 ? 4000 : 6000,
        blockTime: QUICK ? 20 : 200,
        minRounds: QUICK ? 1 : 5,
        warmupTime: QUICK ? 200 : 2000,
      },
    );
    const floorMBps = (hz.floor ?? 0) * mb;
    const nodeFloorMBps = (hz.nodeFloor ?? 0) * mb;
    const parseMBps = (hz.parse ?? 0) * mb;
    const tasks = parseBytes(bytes).sections.reduce((n, s) => n + s.tasks.length, 0);
    rows.push({
      copies: k,
      megabytes: sig(mb),
      floorMBps: sig(floorMBps),
      nodeFloorMBps: sig(nodeFloorMBps),
      parseMBps: sig(parseMBps),
      ratioToFloor: sig(parseMBps / floorMBps),
      ratioToNodeFloor: sig(parseMBps / nodeFloorMBps),
      ratioToFloorRange: rangeOf(rounds.map((r) => (r.parse ?? 0) / (r.floor ?? 1))),
      ratioToNodeFloorRange: rangeOf(rounds.map((r) => (r.parse ?? 0) / (r.nodeFloor ?? 1))),
      rounds: rounds.length,
      parseMsPerMB: sig(1000 / parseMBps),
      tasks,
    });
  }
  return rows;
}

/** The lowest and the highest of some ratios, to three digits. */
function rangeOf(ratios: readonly number[]): [number, number] {
  return [
    sig(ratios.reduce((a, b) => Math.min(a, b), Infinity)),
    sig(ratios.reduce((a, b) => Math.max(a, b), -Infinity)),
  ];
}
