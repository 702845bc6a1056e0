import type { Document } from "@minsheng/core";
import { resolveCorpus } from "@minsheng/parsers";
import { firstLine } from "@minsheng/table-readers";
import { InputError } from "../cli/exitCodes";
import { createProgress } from "../cli/createProgress";
import { expandPaths } from "./expandPaths";
import { readInput, type ReadOptions } from "./readInput";

/** The documents read, resolved as one corpus, and the inputs that could not be used. */
export interface LoadedDocuments {
  readonly docs: Document[];
  readonly problems: InputError[];
}

/**
 * Expands the arguments, reads every input (a progress bar on an interactive stderr when there
 * are more than a few), and resolves city-item keys across all of them together, because a key
 * means "the same city item in any document given".
 */
export async function loadDocuments(args: readonly string[], options: ReadOptions): Promise<LoadedDocuments> {
  const { inputs, problems } = expandPaths(args);
  const docs: Document[] = [];
  const progress = createProgress(inputs.length);
  for (const input of inputs) {
    progress.tick(input.path);
    try {
      // Pushed one by one: a file of parsed documents can hold more than a call takes arguments.
      for (const doc of await readInput(input, options)) docs.push(doc);
    } catch (error) {
      problems.push(error instanceof InputError ? error : new InputError(input.path, firstLine(error)));
    }
  }
  progress.stop();
  return { docs: resolveCorpus(docs, options.catalogs ? { catalogs: options.catalogs } : {}), problems };
}
