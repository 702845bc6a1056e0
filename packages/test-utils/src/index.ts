export { ROOT, SEEDS_DIR, seedPaths } from "./paths";
export { loadGold, scoreGold, type Gold, type GoldScore } from "./scoreGold";
export { buildQuantity, buildTask, type QuantityInit, type TaskInit, type UnitInit } from "./buildTask";
export { buildDocument, buildSection, type DocumentInit, type SectionInit } from "./buildDocument";
export { unaccountedLines } from "./unaccountedLines";
export { concatBytes, encodeGb18030, encodeGbk, encodeUtf16, encodeUtf8 } from "./encodeText";
export { growthRatio } from "./linearGrowth";
export { lyingZip, type LyingPart } from "./lyingZip";
export { nestedWordTables, wordParagraph, wordXmlDocx } from "./wordXmlDocx";
