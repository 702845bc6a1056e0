// Characters NFKC leaves as they are: printable ASCII, the CJK unified ideographs and the Chinese
// punctuation of running text (、。〈〉《》「」『』【】—‘’“”·). Most labels and cells hold only
// these, and skipping NFKC for them is most of the cost of matching.
const NFKC_STABLE =
  /^[\u0020-\u007e\u4e00-\u9fff\u3001\u3002\u3008-\u3011\u2014\u2018\u2019\u201c\u201d\u00b7]*$/;

/**
 * Unifies full-width digits, letters and punctuation (：（），；．) with their half-width forms, for
 * matching labels and numbering only; task text keeps what was written.
 * @internal
 */
export function normalizeForMatch(s: string): string {
  return NFKC_STABLE.test(s) ? s : s.normalize("NFKC");
}
