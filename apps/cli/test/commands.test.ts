// The commands as a user runs them: the built CLI as a process, on real files in temp dirs.
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import ExcelJS from "exceljs";
import { validateMetrics, type Document } from "@minsheng/core";
import { describe, expect, it } from "vitest";
import { makeDocument, makeTask } from "./helpers/makeDocument";
import { ROOT, runCli, tempDir } from "./helpers/runCli";

const dir = tempDir();
const SEEDS = readdirSync(join(ROOT, "seeds"))
  .filter((f) => f.endsWith(".txt"))
  .sort()
  .map((f) => `seeds/${f}`);

describe("help, version, usage errors", () => {
  it.each(["parse", "metrics", "report", "diff", "validate"])(
    "documents %s with examples and exit codes",
    (command) => {
      const r = runCli([command, "--help"]);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`minsheng ${command}`);
      expect(r.stdout).toContain("Examples:");
      expect(r.stdout).toContain("Exit codes:");
      expect(r.stdout).toMatch(/2 {2}usage error/);
    },
  );

  it("prints its version", () => {
    const r = runCli(["--version"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^minsheng\/\d+\.\d+\.\d+/);
  });

  it.each([
    [["frob"], /unknown command "frob"/],
    [[], /usage: minsheng/],
    [["parse"], /missing required args/],
    [["parse", "seeds", "--bogus"], /Unknown option `--bogus`/],
    [["parse", "seeds", "--format", "pdf"], /--format must be one of json, ndjson, csv, xlsx, md/],
    [["metrics", "seeds", "--as-of", "2024-02-30"], /--as-of must be a date written YYYY-MM-DD/],
    [["metrics", "seeds", "--format", "csv", "--table", "nope"], /--table must be one of/],
    [["parse", "seeds", "--max-size", "lots"], /--max-size must be a size/],
  ])("exits 2 on %j with a reason and nothing on stdout", (args, reason) => {
    const out = join(dir, "never.json");
    const r = runCli([...args, "--out", out].slice(0, args.length ? undefined : 0));
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(reason);
    expect(r.stdout).toBe("");
    expect(existsSync(out)).toBe(false);
  });
});

describe("parse", () => {
  it("writes one document per line with --format ndjson, in the order given", () => {
    const r = runCli(["parse", ...SEEDS, "--format", "ndjson"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    const docs = r.stdout
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l) as Document);
    expect(docs.map((d) => d.source.path)).toEqual(SEEDS);
    expect(docs.every((d) => d.schema === "minsheng.document/v1")).toBe(true);
  });

  it("reads directories recursively, quoted globs and standard input", () => {
    expect(JSON.parse(runCli(["parse", "seeds/"]).stdout)).toHaveLength(SEEDS.length);
    expect(JSON.parse(runCli(["parse", "seeds/00[01]_*.txt"]).stdout)).toHaveLength(2);
    const tree = join(dir, "tree", "a", "b");
    mkdirSync(tree, { recursive: true });
    for (const s of SEEDS) copyFileSync(join(ROOT, s), join(tree, s.slice("seeds/".length)));
    expect(JSON.parse(runCli(["parse", "**/*.txt"], { cwd: join(dir, "tree") }).stdout)).toHaveLength(
      SEEDS.length,
    );
    const stdin = runCli(["parse", "-", "--format", "ndjson"], {
      input: readFileSync(join(ROOT, SEEDS[0] ?? "")),
    });
    expect(JSON.parse(stdin.stdout).source.path).toBe("<stdin>");
  });

  it("feeds check-gold.mjs through a pipe (it scores, rather than rejecting the input)", () => {
    const gold = join(ROOT, "../shared/tools/check-gold.mjs");
    if (!existsSync(gold)) return;
    const ndjson = runCli(["parse", ...SEEDS, "--format", "ndjson"]).stdout;
    const checked = spawnSync(process.execPath, [gold], { input: ndjson, cwd: ROOT });
    expect(checked.status).not.toBe(2);
    expect(checked.stdout.toString()).toMatch(/score: \d+\/\d+ fields/);
  });

  it("writes CSV with a BOM, a header of flattened task fields and RFC 4180 quoting", () => {
    const docs = join(dir, "docs.json");
    writeFileSync(
      docs,
      JSON.stringify([makeDocument("a.txt", [makeTask(1, { text: '新增"托位", 1万个\n第二行' })])]),
    );
    const r = runCli(["parse", docs, "--format", "csv"]);
    expect(r.code).toBe(0);
    expect(r.stdoutBytes.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    const [header, row] = r.stdout.slice(1).split("\r\n");
    expect(header).toBe(
      "source,section,section_kind,period,seq,district,category,city_item,city_item_key,text,lead_units,assist_units,leaders,deadline,deadline_text,status,status_text,pace,targets,actuals,progress,start_line,end_line",
    );
    expect(row).toContain('a.txt,0,progress,2024,1,东城区,,,,"新增""托位"", 1万个\n');
    const noBom = runCli(["parse", docs, "--format", "csv", "--no-bom"]);
    expect(noBom.stdout.startsWith("source,")).toBe(true);
  });

  it("writes xlsx to --out with a sheet per table and the header row frozen", async () => {
    const out = join(dir, "docs.xlsx");
    const r = runCli(["parse", ...SEEDS, "--format", "xlsx", "--out", out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("");
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual(["documents", "tasks", "diagnostics"]);
    expect(wb.getWorksheet("documents")?.views[0]).toMatchObject({ state: "frozen", ySplit: 1 });
    expect(wb.getWorksheet("documents")?.rowCount).toBe(SEEDS.length + 1);
    expect(readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("writes Markdown", () => {
    const r = runCli(["parse", SEEDS[0] ?? "", "--format", "md"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/^# /);
  });
});

describe("metrics", () => {
  it("writes a Metrics object that validates, as of the date given", () => {
    const r = runCli(["metrics", "seeds/", "--as-of", "2024-09-15"]);
    expect(r.code).toBe(0);
    const metrics: unknown = JSON.parse(r.stdout);
    expect(validateMetrics(metrics).success).toBe(true);
    expect(metrics).toMatchObject({ schema: "minsheng.metrics/v1", asOf: "2024-09-15" });
  });

  it("writes one table as CSV, every table as xlsx sheets and Markdown", async () => {
    expect(
      runCli(["metrics", "seeds/", "--format", "csv", "--table", "coverage", "--no-bom"]).stdout.split(
        "\r\n",
      )[0],
    ).toBe("key,programme,year,text,districts,district_count,citations");
    const out = join(dir, "metrics.xlsx");
    expect(runCli(["metrics", "seeds/", "--format", "xlsx", "--out", out]).code).toBe(0);
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(out);
    expect(wb.worksheets.map((s) => s.name)).toEqual([
      "sections",
      "coverage",
      "units",
      "collaboration",
      "attainment",
      "deadlines",
      "changes",
      "findings",
    ]);
    expect(runCli(["metrics", "seeds/", "--format", "md"]).stdout).toContain("## coverage");
  });
});

describe("report", () => {
  it("writes Markdown when piped, with every part a reader expects", () => {
    const r = runCli(["report", "seeds/", "--as-of", "2024-09-15"]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe("");
    for (const heading of [
      "# minsheng report, as of 2024-09-15",
      "## Documents",
      "## Sections",
      "## Overdue",
      "## Due within 30 days",
      "## City items across districts",
      "## Busiest bodies",
      "## Findings",
    ])
      expect(r.stdout).toContain(heading);
  });

  it("writes --out atomically and aligned text with --format text", () => {
    const out = join(dir, "report.md");
    expect(runCli(["report", "seeds/", "--out", out]).stdout).toBe("");
    expect(readFileSync(out, "utf8")).toMatch(/^# minsheng report/);
    const text = runCli(["report", "seeds/", "--format", "text"]).stdout;
    expect(text).toMatch(/^minsheng report, as of \d{4}-\d{2}-\d{2}\n═+/);
    expect(text).not.toContain("| --- |");
  });

  it("shows overdue tasks with their bodies", () => {
    const path = join(dir, "overdue.json");
    writeFileSync(
      path,
      JSON.stringify(
        makeDocument("d.txt", [
          makeTask(2, { deadline: { date: "2024-08-31", precision: "month", text: "8月底", hedged: false } }),
        ]),
      ),
    );
    const r = runCli(["report", path, "--as-of", "2024-09-15"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("| d.txt | 东城区 | progress 2024 | 1 |");
  });
});

describe("diff", () => {
  it("lists added and dropped tasks, status moves and new figures", () => {
    const q = { value: 3, unit: "个", comparator: "=" as const, text: "3个", subject: null };
    const older = makeDocument("q1.txt", [
      makeTask(1, {
        text: "建设托育点",
        progress: {
          status: "in-progress",
          statusText: "推进中",
          pace: null,
          text: "",
          points: [],
          actuals: [],
        },
      }),
      makeTask(2, { text: "旧任务" }),
    ]);
    const newer = makeDocument("h1.txt", [
      makeTask(1, {
        text: "建设托育点",
        progress: {
          status: "completed",
          statusText: "已完成",
          pace: null,
          text: "建成3个",
          points: [],
          actuals: [q],
        },
      }),
      makeTask(3, { text: "新任务" }),
    ]);
    writeFileSync(join(dir, "q1.json"), JSON.stringify(older));
    writeFileSync(join(dir, "h1.json"), JSON.stringify(newer));
    const r = runCli(["diff", join(dir, "q1.json"), join(dir, "h1.json"), "--format", "json"]);
    expect(r.code).toBe(0);
    const d = JSON.parse(r.stdout);
    expect(d.added.map((x: { task: { seq: number } }) => x.task.seq)).toEqual([3]);
    expect(d.dropped.map((x: { task: { seq: number } }) => x.task.seq)).toEqual([2]);
    expect(d.statusMoves).toHaveLength(1);
    expect(d.statusMoves[0]).toMatchObject({ statusFrom: "in-progress", statusTo: "completed" });
    expect(d.newFigures[0].actuals).toEqual([q]);
    const md = runCli(["diff", join(dir, "q1.json"), join(dir, "h1.json")]).stdout;
    expect(md).toContain("# Changes in 东城区");
    expect(md).toContain("1 added · 1 dropped · 1 status moves · 1 tasks with new figures");
  });

  it("exits 1 naming a missing report", () => {
    const r = runCli(["diff", "nope.txt", SEEDS[0] ?? ""]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe("minsheng: nope.txt: no such file or directory\n");
  });
});

describe("validate", () => {
  it("accepts what parse and metrics write", () => {
    const docs = join(dir, "all.ndjson");
    writeFileSync(docs, runCli(["parse", "seeds/", "--format", "ndjson"]).stdout);
    const metrics = join(dir, "metrics.json");
    writeFileSync(metrics, runCli(["metrics", "seeds/"]).stdout);
    const r = runCli(["validate", docs, metrics]);
    expect(r.stdout).toBe(`${docs}: valid (${SEEDS.length} documents)\n${metrics}: valid (1 metrics)\n`);
    expect(r.code).toBe(0);
  });

  it("says where a document is wrong and exits 1", () => {
    const bad = makeDocument("x.txt", [makeTask(1)]) as unknown as {
      sections: { tasks: { seq: unknown }[] }[];
    };
    const task = bad.sections[0]?.tasks[0];
    if (task) task.seq = "one";
    const path = join(dir, "bad.json");
    writeFileSync(path, JSON.stringify([makeDocument("ok.txt", []), bad]));
    const r = runCli(["validate", path]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain(`${path}#2 $.sections[0].tasks[0].seq: `);
    expect(r.stdout).toContain(`${path}: INVALID (1 of 2 documents)`);
  });

  it("names a file that is not JSON", () => {
    const path = join(dir, "broken.json");
    writeFileSync(path, "{ nope");
    const r = runCli(["validate", path]);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/broken\.json: not JSON/);
  });
});
