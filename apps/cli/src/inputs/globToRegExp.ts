// Node 20 has no fs.glob, and shells do not expand globs that are quoted or come from scripts,
// so the CLI matches the common forms itself: *, ?, **, [abc] and {a,b}.

/** True when a path contains glob syntax. */
export function isGlob(path: string): boolean {
  return /[*?[{]/.test(path);
}

const escapeChar = (c: string) => (/[\\^$.+()|{}[\]*?]/.test(c) ? `\\${c}` : c);

/**
 * Compiles a glob (relative, `/`-separated) into an anchored regular expression over relative paths.
 * Only linear constructs are produced, so matching cannot backtrack badly on long names.
 */
export function globToRegExp(glob: string): RegExp {
  let out = "";
  let inBraces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob.charAt(i);
    if (c === "*") {
      if (glob[i + 1] === "*") {
        // `**/` matches zero or more directories; a trailing `**` matches everything below.
        if (glob[i + 2] === "/") {
          out += "(?:[^/]*/)*";
          i += 2;
        } else {
          out += ".*";
          i += 1;
        }
      } else out += "[^/]*";
    } else if (c === "?") out += "[^/]";
    else if (c === "[") {
      const close = glob.indexOf("]", i + 1);
      if (close < 0) out += "\\[";
      else {
        const body = glob.slice(i + 1, close).replace(/\\/g, "\\\\");
        out += `[${body.startsWith("!") ? `^${body.slice(1)}` : body}]`;
        i = close;
      }
    } else if (c === "{") {
      inBraces++;
      out += "(?:";
    } else if (c === "}" && inBraces > 0) {
      inBraces--;
      out += ")";
    } else if (c === "," && inBraces > 0) out += "|";
    else out += escapeChar(c);
  }
  return new RegExp(`^${out}$`, "u");
}

/** Splits a glob into the directory before its first magic segment and the rest. */
export function splitGlobBase(glob: string): { base: string; pattern: string } {
  const parts = glob.split("/");
  const firstMagic = parts.findIndex((p) => isGlob(p));
  if (firstMagic <= 0) return { base: firstMagic === 0 ? "." : glob, pattern: firstMagic === 0 ? glob : "" };
  return { base: parts.slice(0, firstMagic).join("/") || "/", pattern: parts.slice(firstMagic).join("/") };
}
