import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { collapseSpaces } from "../../_lib/lines";
import { trimChars, trimCharsEnd } from "../../_lib/trimChars";
import { splitLeaders, splitUnits } from "./splitUnits";

const runs = Number(process.env.FC_NUM_RUNS ?? 200);

describe("splitUnits", () => {
  it.each([
    { input: "区卫健委 区教委", want: ["区卫健委", "区教委"] },
    { input: "区城管委、区交通局", want: ["区城管委", "区交通局"] },
    { input: "区卫健委,各街道办事处", want: ["区卫健委", "各街道办事处"] },
    { input: "区教委\n区卫生健康委", want: ["区教委", "区卫生健康委"] },
    { input: "区城市管理委（区城市管理指挥中心）", want: ["区城市管理委（区城市管理指挥中心）"] },
    { input: "市公安局通州分局（养犬办）、区民政局", want: ["市公安局通州分局（养犬办）", "区民政局"] },
    { input: "区政府各委、办、局", want: ["区政府各委、办、局"] },
    { input: "区园林绿化局、各街道办事处。", want: ["区园林绿化局", "各街道办事处"] },
    { input: "区 卫健委、区 教委", want: ["区卫健委", "区教委"] },
    { input: "无", want: [] },
    { input: "", want: [] },
  ])("splits “$input” into $want", ({ input, want }) => {
    expect(splitUnits(input)).toEqual(want);
  });

  it("never returns an empty name or one with a separator at its ends", () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        for (const n of splitUnits(s)) {
          expect(n.length).toBeGreaterThan(0);
          expect("、，,；; \n".includes(n[0] as string)).toBe(false);
        }
      }),
      { numRuns: runs },
    );
  });

  it("keeps every character of a cell that has no separators", () => {
    fc.assert(
      // 无 alone (无, 无无) writes “no body”, as its own test says; every other name is kept whole.
      fc.property(
        fc.stringMatching(/^[\u4e00-\u9fa5]{1,12}$/).filter((s) => !/^无+$/.test(s)),
        (s) => {
          expect(splitUnits(s)).toEqual([s]);
        },
      ),
      { numRuns: runs },
    );
  });
});

describe("splitLeaders", () => {
  it("splits leaders on 、 and spaces", () => {
    expect(splitLeaders("倪德才、王翔宇")).toEqual(["倪德才", "王翔宇"]);
    expect(splitLeaders("董明慧 倪德才")).toEqual(["董明慧", "倪德才"]);
    expect(splitLeaders("")).toEqual([]);
  });
});

// The splitter as it was before the one-table rewrite, kept as the reference (trimming is the
// module's own: trimChars.test.ts holds it to its old form).
// Separators between bodies in a cell: spaces, 、，,；; and line breaks. A separator inside
// brackets belongs to the body (区城市管理委（区城市管理指挥中心）, 区政府各委、办、局).
// By character code: a Set of one-character strings would make a string of every CJK character.
const OPEN = codes("（(〔【《");
const CLOSE = codes("）)〕】》");
const SEPARATORS = codes(" 、，,；;\n\t/");

function codes(chars: string): ReadonlySet<number> {
  return new Set([...chars].map((c) => c.charCodeAt(0)));
}

function splitOutsideBrackets(cell: string, separators: ReadonlySet<number>): string[] {
  const out: string[] = [];
  const push = (part: string) => {
    const t = part.trim();
    if (t) out.push(t);
  };
  let depth = 0;
  let start = 0;
  // By UTF-16 unit: every bracket and separator is in the BMP, so a cut never splits a surrogate pair.
  for (let i = 0; i < cell.length; i++) {
    const c = cell.charCodeAt(i);
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c) && depth > 0) depth--;
    if (depth === 0 && separators.has(c)) {
      push(cell.slice(start, i));
      start = i + 1;
    }
  }
  push(cell.slice(start));
  return out;
}

/** Line breaks separate bodies as 、 does (most cells have none, and are kept as they are). */
function lineBreaksToCommas(cell: string): string {
  if (!cell.includes("\n") && !cell.includes("\r")) return cell;
  return cell.replace(/\r\n|\r/g, "\n").replace(/\n/g, "、");
}

// Collective names that are one entry even though they contain 、 (区政府各委、办、局 / 各乡、镇).
const COLLECTIVE_WITH_COMMAS = /^(?:各|相关)?[^、]{0,8}(?:各委、办、局|各乡、镇(?:人民政府)?|委、办、局)/;

function referenceSplitUnits(cell: string): string[] {
  const text = trimCharsEnd(collapseSpaces(lineBreaksToCommas(cell)), "。．.;；:：");
  if (!text || /^[无\-—/／、]+$/.test(text)) return [];
  if (COLLECTIVE_WITH_COMMAS.test(text) && !/[ ，,；;]/.test(text)) return [text];
  const names = splitOutsideBrackets(text, SEPARATORS)
    .map((n) => trimChars(n, "、，,；;:：。"))
    .filter((n) => n.length > 0);
  // a one-character name joins the next (区 卫健委)
  const out: string[] = [];
  for (const n of names) {
    if (out.length && (out[out.length - 1] as string).length === 1) out[out.length - 1] += n;
    else out.push(n);
  }
  return out;
}

function referenceSplitLeaders(cell: string): string[] {
  return splitOutsideBrackets(
    collapseSpaces(cell.includes("\n") ? cell.replace(/\n/g, "、") : cell),
    SEPARATORS,
  )
    .map((n) => trimCharsEnd(n, "。;；"))
    .filter((n) => n.length > 0 && !/^[无\-—]+$/.test(n));
}

describe("splitUnits and splitLeaders against the reference", () => {
  // Every character the splitter treats specially, with CJK names, spaces of every width, line
  // breaks and surrogates.
  const unit = fc.oneof(
    fc.constantFrom(..."（(〔【《）)〕】》 、，,；;\n\t/。．.:：无-—／\r\u3000\u00a0\u2028\ufeff"),
    fc.constantFrom(
      "区卫健委",
      "东城交通支队",
      "各",
      "相关",
      "委、办、局",
      "各乡、镇",
      "人民政府",
      "区政府各",
    ),
    fc.constantFrom("\ud83d\ude00", "\ud800", "\udc00", "a", "1"),
    fc.nat(0xffff).map((c) => String.fromCharCode(c)),
  );
  const cell = fc.oneof(fc.string({ unit, maxLength: 40 }), fc.string());

  it("split any cell as before", () => {
    fc.assert(
      fc.property(cell, (c) => {
        expect(splitUnits(c)).toEqual(referenceSplitUnits(c));
        expect(splitLeaders(c)).toEqual(referenceSplitLeaders(c));
      }),
      { numRuns: Number(process.env.FC_NUM_RUNS ?? 1000) },
    );
  });
});
