// chinese-numbers-converter ships no types: the part the benchmark uses.
declare module "chinese-numbers-converter" {
  export default class ChineseNumber {
    constructor(source: string);
    toInteger(): number | null;
    toArabicString(minChars?: number): string;
  }
}
