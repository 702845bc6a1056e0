import { createRequire } from "node:module";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { decodeChineseNumber } from "./decodeChineseNumber";
import { decodeChineseInteger } from "./decodeChineseInteger";

const NUM_RUNS = Number(process.env.FC_NUM_RUNS ?? 200);

// The oracle lives in the bench workspace package (a benchmark peer, not a dependency of ours).
type Oracle = new (word: string) => { toInteger(): number };
const oracle = createRequire(import.meta.url)(
  "../../../../../bench/node_modules/chinese-numbers-converter/chinese-numbers.js",
) as Oracle;

/** Writes n as standard Chinese: 10010 → 一万零一十, 110 → 一百一十, 15 → 十五. */
function toChinese(n: number): string {
  const DIGIT = "零一二三四五六七八九";
  if (n === 0) return "零";
  const group = (g: number, leading: boolean): string => {
    let out = "";
    let zero = false;
    const places: readonly [number, string][] = [
      [1000, "千"],
      [100, "百"],
      [10, "十"],
      [1, ""],
    ];
    for (const [p, word] of places) {
      const d = Math.floor(g / p) % 10;
      if (d === 0) {
        if (out !== "" || !leading) zero = true;
        continue;
      }
      if (zero && (out !== "" || !leading)) out += "零";
      zero = false;
      out += p === 10 && d === 1 && out === "" && leading ? word : DIGIT[d] + word;
    }
    return out;
  };
  const yi = Math.floor(n / 1e8);
  const wan = Math.floor((n % 1e8) / 1e4);
  const rest = n % 1e4;
  let out = "";
  if (yi > 0) out += group(yi, true) + "亿";
  if (wan > 0) out += (out !== "" && wan < 1000 ? "零" : "") + group(wan, out === "") + "万";
  if (rest > 0)
    out += (out !== "" && (rest < 1000 || (yi > 0 && wan === 0)) ? "零" : "") + group(rest, out === "");
  return out.replace(/零+/g, "零");
}

describe("decodeChineseNumber", () => {
  it("reads 260余万 as 2600000, approximate (its @example)", () => {
    expect(decodeChineseNumber("260余万")).toEqual({ value: 2600000, approximate: true });
    expect(decodeChineseNumber("4425.91万")).toEqual({ value: 44259100, approximate: false });
    expect(decodeChineseNumber("两")).toEqual({ value: 2, approximate: false });
  });

  it.each([
    { input: "3000", want: 3000 },
    { input: "58.47", want: 58.47 },
    { input: "1,234", want: 1234 },
    { input: "1,234,567.5", want: 1234567.5 },
    { input: "１２", want: 12 },
    { input: "３．５", want: 3.5 },
    { input: "1.2万", want: 12000 },
    { input: "1万", want: 10000 },
    { input: "1 万", want: 10000 },
    { input: "3.65万", want: 36500 },
    { input: "2.27万", want: 22700 },
    { input: "28.18万", want: 281800 },
    { input: "34060万", want: 340600000 },
    { input: "4425.91万", want: 44259100 },
    { input: "1.8亿", want: 180000000 },
    { input: "1.8 亿", want: 180000000 },
    { input: "8.3\n\n万", want: 83000 },
    { input: "3万亿", want: 3e12 },
    { input: "5千", want: 5000 },
    { input: "1亿2000万", want: 120000000 },
    { input: "13万2", want: 132000 },
    { input: "13万2千", want: 132000 },
    { input: "13万2000", want: 132000 },
    { input: "1万零500", want: 10500 },
    { input: "三千5", want: 3500 },
    { input: "两", want: 2 },
    { input: "两万", want: 20000 },
    { input: "四十一", want: 41 },
    { input: "六千八", want: 6800 },
    { input: "二〇二四", want: 2024 },
  ])("reads $input as $want", ({ input, want }) => {
    expect(decodeChineseNumber(input)).toEqual({ value: want, approximate: false });
  });

  it.each([
    { input: "260余万", want: 2600000 },
    { input: "260 余万", want: 2600000 },
    { input: "8000余", want: 8000 },
    { input: "11万余", want: 110000 },
    { input: "34000余", want: 34000 },
    { input: "十余万", want: 100000 },
    { input: "三千多", want: 3000 },
    { input: "700多", want: 700 },
  ])("reads $input as about $want", ({ input, want }) => {
    expect(decodeChineseNumber(input)).toEqual({ value: want, approximate: true });
  });

  it.each([
    { input: "", why: "empty" },
    { input: "万", why: "a multiplier alone" },
    { input: "余万", why: "a marker with no number" },
    { input: "1万多2", why: "a marker inside the number" },
    { input: "1余余", why: "two markers" },
    { input: "1.2万3", why: "a decimal head with a tail" },
    { input: "13万20000", why: "a tail not below its multiplier" },
    { input: "1,23", why: "a broken thousands group" },
    { input: "1，234", why: "a Chinese comma, which never groups digits" },
    { input: "1.", why: "a point with no decimals (an ordinal)" },
    { input: "两三", why: "two or three: a range" },
    { input: "一万零三千", why: "a non-standard 零" },
    { input: "1234567890123456789", why: "more digits than a double holds exactly" },
    { input: "PM2.5", why: "a name" },
    { input: "1".repeat(100), why: "a token too long to be a number" },
  ])("returns null for $input ($why)", ({ input }) => {
    expect(decodeChineseNumber(input)).toBeNull();
  });

  it("never throws, and returns a finite value or null, on any string", () => {
    fc.assert(
      fc.property(
        fc.string({ unit: fc.constantFrom(..."0123456789.,余多万亿千百十零一二两三五九 ８\n") }),
        (s) => {
          const got = decodeChineseNumber(s);
          expect(got === null || Number.isFinite(got.value)).toBe(true);
        },
      ),
      { numRuns: NUM_RUNS },
    );
    fc.assert(
      fc.property(fc.string(), (s) => void decodeChineseNumber(s)),
      { numRuns: NUM_RUNS },
    );
  });

  it("reads Arabic integers, with and without thousands separators, as themselves", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(decodeChineseNumber(String(n))?.value).toBe(n);
        expect(decodeChineseNumber(n.toLocaleString("en-US"))?.value).toBe(n);
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("reads n万 as n × 10000 without binary rounding", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 99_999_999 }), fc.integer({ min: 0, max: 2 }), (n, decimals) => {
        const text = (n / 10 ** decimals).toFixed(decimals);
        expect(decodeChineseNumber(`${text}万`)?.value).toBe(n * 10 ** (4 - decimals));
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("agrees with chinese-numbers-converter and with n on Chinese words below 亿", () => {
    expect(new oracle("一千零五十").toInteger()).toBe(1050);
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 99_999_999 }), (n) => {
        const word = toChinese(n);
        expect(decodeChineseNumber(word)?.value).toBe(n);
        expect(decodeChineseNumber(word)?.value).toBe(new oracle(word).toInteger());
      }),
      { numRuns: NUM_RUNS },
    );
  });

  it("reads Chinese words up to 千亿 as n (the oracle stops at 亿)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 999_999_999_999 }), (n) => {
        expect(decodeChineseInteger(toChinese(n))).toBe(n);
      }),
      { numRuns: NUM_RUNS },
    );
  });
});
