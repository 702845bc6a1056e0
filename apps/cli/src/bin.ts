// Minimal entry while the CLI is being written: `minsheng parse <files…> --format json|ndjson`.
import { parseFile } from "@minsheng/parsers/node";

const [command, ...rest] = process.argv.slice(2);
const format = rest.includes("--format") ? rest[rest.indexOf("--format") + 1] : "json";
const files = rest.filter((a, i) => !a.startsWith("--") && rest[i - 1] !== "--format");
if (command !== "parse") {
  console.error("usage: minsheng parse <files…> [--format json|ndjson]");
  process.exit(2);
}
const docs = files.map((f) => parseFile(f));
if (format === "ndjson") process.stdout.write(docs.map((d) => JSON.stringify(d)).join("\n") + "\n");
else process.stdout.write(JSON.stringify(docs, null, 2) + "\n");
