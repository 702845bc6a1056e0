import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CUT_BEFORE, ENDS_WITH_VERB, STOP_AFTER, findSubject } from "./findSubject";

const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 200);

/**
 * The subject as first written: words after the measure word up to a stop word, else the words
 * before the figure (up to 24 characters of them) cut after the last cut word, with whole-list
 * lookups at every character. findSubject must read the same.
 */
function plainSubject(text: string, start: number, end: number, unit: string, floor = 0): string | null {
  const isSubjectChar = (k: number): boolean => {
    const code = text.charCodeAt(k);
    return (code >= 0x3400 && code <= 0x9fff) || /[a-zA-Z\uFF21-\uFF3A\uFF41-\uFF5A]/u.test(text.charAt(k));
  };
  const isSpace = (k: number): boolean => /[ \t\u3000\u00a0]/u.test(text.charAt(k));
  if (unit !== "%") {
    let from = end;
    while (from - end < 2 && isSpace(from)) from++;
    let k = from;
    let stopped = false;
    while (k - from < 16 && isSubjectChar(k)) {
      const isStop =
        text[k] === "共"
          ? k + 1 < text.length && !"享同建治有".includes(text.charAt(k + 1))
          : STOP_AFTER.some((w) => text.startsWith(w, k));
      if (isStop) {
        if (k === from) stopped = true;
        break;
      }
      k++;
    }
    if (!stopped && k - from >= 2) return text.slice(from, k);
  }
  let to = start;
  while (start - to < 2 && to > 0 && isSpace(to - 1)) to--;
  if (text[to - 1] === "的") to--;
  let k = to;
  while (to - k < 24 && k > floor && isSubjectChar(k - 1)) k--;
  if (to - k < 2) return null;
  const done = [...CUT_BEFORE, ...ENDS_WITH_VERB];
  if (done.some((w) => to - w.length >= k && text.startsWith(w, to - w.length))) return null;
  let cut = k;
  for (let p = k; p < to; p++)
    for (const w of CUT_BEFORE)
      if (p + w.length > cut && p + w.length < to && text.startsWith(w, p)) cut = p + w.length;
  return to - cut >= 2 && to - cut <= 16 ? text.slice(cut, to) : null;
}

describe("findSubject", () => {
  it("runs the @example", () => {
    expect(findSubject("新签约 1600 张养老家庭照护床位，满足", 4, 10, "张")).toBe("养老家庭照护床位");
    expect(STOP_AFTER.includes("进行")).toBe(true);
    expect(CUT_BEFORE.includes("新增")).toBe(true);
    expect(ENDS_WITH_VERB.includes("开展")).toBe(true);
  });

  it("reads the words before when nothing follows, cut after the verb", () => {
    expect(findSubject("新增停车位 1 万个；", 6, 10, "个")).toBe("停车位");
  });

  it("stops at a verb after the noun, and says nothing when the words are only a verb", () => {
    expect(findSubject("完成 1 家社会化托育机构转普惠托育机构认定", 3, 6, "家")).toBe("社会化托育机构");
    expect(findSubject("共开展 140 次", 4, 9, "次")).toBeNull();
  });

  it("does not read across the previous figure", () => {
    expect(findSubject("为 28.18 万人次申请补贴 34060 万元；", 16, 24, "元", 11)).toBe("申请补贴");
  });

  it("cuts long words before the figure after their last cut word, or reads nothing", () => {
    const noun = "老旧小区综合整治提升工程项目";
    expect(findSubject(`全年新增${noun}5个`, 18, 20, "个")).toBe("工程项目"); // cut after 提升, the last
    expect(findSubject(`累计${"居民楼栋".repeat(5)}5个`, 22, 24, "个")).toBeNull(); // 20 characters, no cut
    expect(findSubject(`开展${"居民楼栋".repeat(4)}5个`, 18, 20, "个")).toBe("居民楼栋".repeat(4));
  });

  it("reads what the plain reading reads, on any words", () => {
    const piece = fc.constantFrom(
      ...STOP_AFTER,
      ...CUT_BEFORE,
      ...ENDS_WITH_VERB,
      ..."共享,共同,共有,停车位,养老,床位,小区,项目,工程,居民,用户,燃气,VR,终端".split(","),
      ..."的，。、（）“ 　5个张%".split(""),
    );
    fc.assert(
      fc.property(
        fc.array(piece, { maxLength: 30 }).map((pieces) => pieces.join("")),
        fc.nat(),
        fc.nat(),
        fc.constantFrom("个", "%", ""),
        fc.nat(),
        (text, a, b, unit, f) => {
          const start = a % (text.length + 1);
          const end = start + (b % (text.length - start + 2));
          const floor = f % (start + 1);
          expect(findSubject(text, start, end, unit, floor)).toBe(
            plainSubject(text, start, end, unit, floor),
          );
        },
      ),
      { numRuns: NUM_RUNS * 10 },
    );
  });
});
