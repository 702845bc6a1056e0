// The project's number decoder and quantity reader against nzh and chinese-numbers-converter, on
// the same figures (numeralPhrases.ts): accuracy on the bare token and inside its phrase, and
// operations per second over the whole list.
import ChineseNumber from "chinese-numbers-converter";
import nzhcn from "nzh/cn";
import { decodeChineseNumber } from "../../packages/parsers/src/_lib/numerals/decodeChineseNumber";
import { readQuantities } from "../../packages/parsers/src/fields/quantity/readQuantities";
import { measure, sig } from "./measure";
import { NUMERAL_PHRASES } from "./numeralPhrases";

/** One decoder's figures. */
export interface NumeralRow {
  readonly name: string;
  /** Right on the bare tokens, out of the list's length. */
  readonly tokensRight: number;
  /** Right when given the whole phrase (null: the decoder cannot take a phrase). */
  readonly phrasesRight: number | null;
  /** Tokens decoded per second (the list decoded once = list length tokens). */
  readonly tokensPerSecond: number;
  /** tokensPerSecond / the project decoder's. */
  readonly ratio: number;
  readonly wrong: readonly string[];
}

const same = (a: number | null | undefined, b: number): boolean =>
  a != null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(b));

type Decoder = (s: string) => number | null;
const ours: Decoder = (s) => decodeChineseNumber(s)?.value ?? null;
const inPhrase: Decoder = (s) => readQuantities(s, "target")[0]?.value ?? null;
const nzh: Decoder = (s) => {
  const v = Number(nzhcn.decodeS(s));
  return Number.isFinite(v) ? v : null;
};
const cnc: Decoder = (s) => new ChineseNumber(s).toInteger();

/**
 * Runs the numeral comparison.
 *
 * @example
 * ```ts
 * const rows = await runNumeralsBench();
 * rows[0]?.name; //=> "decodeChineseNumber (minsheng)"
 * ```
 */
export async function runNumeralsBench(): Promise<NumeralRow[]> {
  const tokens = NUMERAL_PHRASES.map((p) => p.token);
  const phrases = NUMERAL_PHRASES.map((p) => p.phrase);
  const decoders: [string, Decoder, Decoder | null][] = [
    ["decodeChineseNumber (minsheng)", ours, null],
    ["readQuantities (minsheng, whole phrase)", inPhrase, null],
    ["nzh 1.0.14 decodeS", nzh, nzh],
    ["chinese-numbers-converter 2.3.1", cnc, cnc],
  ];
  const score = (d: Decoder, which: "token" | "phrase") => {
    const wrong: string[] = [];
    let right = 0;
    for (const p of NUMERAL_PHRASES) {
      let got: number | null;
      try {
        got = d(p[which]);
      } catch {
        got = null;
      }
      if (same(got, p.value)) right++;
      else wrong.push(`${p[which]} → ${got}`);
    }
    return { right, wrong };
  };
  const hz = await measure(
    Object.fromEntries(
      decoders.map(([name, d]) => {
        const input = name.startsWith("readQuantities") ? phrases : tokens;
        return [
          name,
          () => {
            for (const t of input) d(t);
          },
        ];
      }),
    ),
  );
  const base = (hz[decoders[0]?.[0] ?? ""] ?? 1) * tokens.length;
  return decoders.map(([name, d, phraseDecoder]) => {
    const isPhraseReader = name.startsWith("readQuantities");
    const t = score(d, isPhraseReader ? "phrase" : "token");
    const perSecond = (hz[name] ?? 0) * tokens.length;
    return {
      name,
      tokensRight: t.right,
      phrasesRight: isPhraseReader ? t.right : phraseDecoder ? score(phraseDecoder, "phrase").right : null,
      tokensPerSecond: sig(perSecond),
      ratio: sig(perSecond / base),
      wrong: t.wrong,
    };
  });
}
