/**
 * Reads Chinese government documents on livelihood projects (民生实事) and key tasks (重点任务)
 * into the minsheng model. Pure and synchronous: runs in Node and in the browser.
 *
 * @packageDocumentation
 */
export { parseText, parseBytes, parseRows, type ParseOptions } from "./parseDocument";
export { resolveCorpus, type ResolveOptions } from "./identity/resolveCorpus";
export { resolveUnit, type UnitResolution } from "./identity/resolveUnit";
