// Drives the built page in a real headless Chromium and checks what it shows against
// `computeMetrics` run here, in Node, on the same seed files. The assertions compare with whatever
// the metrics are, so they hold while the parser and metrics grow.
import { mkdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { Metrics } from "@minsheng/core";
import { parseRows, parseText, resolveCorpus } from "@minsheng/parsers";
import {
  expectedRows,
  expectedSheetRows,
  seedBlocks,
  toDocx,
  toXlsx,
} from "@minsheng/test-utils/seed-documents";
import { lyingZip, nestedWordTables, wordParagraph, wordXmlDocx } from "@minsheng/test-utils";
import { deflateSync } from "fflate";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  CHROMIUM,
  DIST_DIR,
  figure,
  HAS_CHROMIUM,
  launchChromium,
  metricsOf,
  OUTPUT_DIR,
  percent,
  ready,
  SEED_FILES,
  SEEDS_DIR,
  seedDocs,
  serveStatic,
  showView,
  watch,
} from "./harness";

const AS_OF = "2024-09-15";
const VIEWS = ["overview", "coverage", "deadlines", "bodies", "tasks"] as const;

if (!HAS_CHROMIUM) {
  it.skip(`browser tests skipped: ${CHROMIUM} is absent (apt-get install -y chromium fonts-noto-cjk)`, () => {});
}

describe.skipIf(!HAS_CHROMIUM)("dashboard in headless Chromium", () => {
  let browser: Browser;
  let server: Awaited<ReturnType<typeof serveStatic>>;
  const docs = seedDocs();
  const metrics = metricsOf(docs, AS_OF);
  const totalTasks = docs.reduce((n, d) => n + d.sections.reduce((m, s) => m + s.tasks.length, 0), 0);

  beforeAll(async () => {
    mkdirSync(OUTPUT_DIR, { recursive: true });
    server = await serveStatic(DIST_DIR);
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  /** A fresh page on the seeds at AS_OF; every test ends with no console errors and no dialogs. */
  async function withPage(
    fn: (page: Page) => Promise<void>,
    viewport = { width: 1280, height: 800 },
    hash = "#/overview",
    allowedErrors: RegExp | null = null,
  ): Promise<void> {
    const context = await browser.newContext({ viewport, locale: "zh-CN" });
    const page = await context.newPage();
    const seen = watch(page);
    try {
      await page.goto(`${server.url}?asof=${AS_OF}${hash}`);
      await ready(page);
      await fn(page);
      expect(seen.errors.filter((e) => !allowedErrors?.test(e))).toEqual([]);
      expect(seen.dialogs).toEqual([]);
    } finally {
      await context.close();
    }
  }

  async function expectOverview(page: Page, m: Metrics, docCount: number, taskCount: number): Promise<void> {
    expect(await figure(page, "corpus-docs")).toBe(String(docCount));
    expect(await figure(page, "corpus-tasks")).toBe(String(taskCount));
    await showView(page, "overview");
    const main = "main";
    expect(await figure(page, "documents", main)).toBe(String(docCount));
    expect(await figure(page, "sections", main)).toBe(String(m.sections.length));
    expect(await figure(page, "tasks", main)).toBe(String(m.sections.reduce((n, s) => n + s.tasks, 0)));
    expect(await figure(page, "findings", main)).toBe(String(m.findings.length));
    if (m.sections.length === 0) {
      await expect(page.locator("main [data-empty]").count()).resolves.toBe(1);
      return;
    }
    await expect(page.locator('[data-chart="overview-status"] svg').count()).resolves.toBeGreaterThan(0);
    await expect(page.locator('[data-chart="overview-evidence"] svg').count()).resolves.toBeGreaterThan(0);
    const rows = page.locator('table[data-table="overview"] tbody tr');
    expect(await rows.count()).toBe(m.sections.length);
    for (const s of m.sections) {
      const row = page.locator(`table[data-table="overview"] tr[data-row="${s.source}|${s.section}"]`);
      const cell = (f: string) => row.locator(`[data-field="${f}"]`).textContent();
      expect(await cell("tasks")).toBe(String(s.tasks));
      expect(await cell("completed")).toBe(String(s.status.completed));
      expect(await cell("completionRate")).toBe(percent(s.completionRate));
      expect(await cell("quantified")).toBe(String(s.evidence.quantified));
      expect(await cell("narrativeOnly")).toBe(String(s.evidence.narrativeOnly));
      expect(await cell("none")).toBe(String(s.evidence.none));
      expect(await cell("deadlineMissing")).toBe(String(s.deadlineMissing));
    }
    // Each status bar ends with "completed/stated · rate", or says no status is stated.
    const ends = await page.locator('[aria-description="completion-label"] text').allTextContents();
    expect(ends).toEqual(
      m.sections.map((s) =>
        s.tasks === s.status.unstated
          ? "未说明状态"
          : `${s.status.completed}/${s.tasks - s.status.unstated} · ${percent(s.completionRate)}`,
      ),
    );
    // The status bars carry the same counts as their tooltips.
    const titles = await page.locator('[aria-description="status-bar"] title').allTextContents();
    for (const s of m.sections) {
      if (s.status.completed > 0)
        expect(titles.some((t) => t.endsWith(`已完成：${s.status.completed} 项`))).toBe(true);
    }
  }

  it("opens on the seeds with no console errors, and the overview shows computeMetrics' figures", async () => {
    await withPage(async (page) => {
      await expect(page.locator("html").getAttribute("lang")).resolves.toBe("zh-CN");
      await expect(page.locator("#asof").inputValue()).resolves.toBe(AS_OF);
      await expectOverview(page, metrics, SEED_FILES.length, totalTasks);
      // Every seed is listed by name.
      for (const f of SEED_FILES)
        await expect(page.locator(`#docs [data-doc="seeds/${f}"]`).count()).resolves.toBe(1);
    });
  });

  it("coverage matrix: one cell per city item × district, each linking to its tasks", async () => {
    await withPage(async (page) => {
      await showView(page, "coverage");
      const cells = new Set(
        metrics.coverage.flatMap((r) => r.citations.map((c) => `${r.key}\u0000${c.district}`)),
      );
      const districts = new Set(metrics.coverage.flatMap((r) => r.districts));
      expect(await figure(page, "items", "main")).toBe(String(metrics.coverage.length));
      expect(await figure(page, "districts", "main")).toBe(String(districts.size));
      expect(await figure(page, "cells", "main")).toBe(String(cells.size));
      expect(await figure(page, "shared", "main")).toBe(
        String(metrics.coverage.filter((r) => r.districts.length > 1).length),
      );
      if (cells.size === 0) {
        await expect(page.locator("main [data-empty]").count()).resolves.toBe(1);
        return;
      }
      const links = page.locator('[data-chart="coverage-matrix"] [aria-description="coverage-cell"] a');
      expect(await links.count()).toBe(cells.size);
      // Follow one cell: the task table shows exactly the tasks of that item in that district.
      const href = (await links.first().getAttribute("href")) ?? "";
      const params = new URLSearchParams(href.split("?")[1]);
      const expected = docs
        .filter((d) => (d.issuer?.name ?? "（未识别）") === params.get("district"))
        .flatMap((d) => d.sections.flatMap((s) => s.tasks))
        .filter((t) => t.cityItem?.key === params.get("item")).length;
      await links.first().click();
      await page.waitForSelector('main[data-view="tasks"]');
      expect(await figure(page, "shown", "main")).toBe(String(expected));
      expect(expected).toBeGreaterThan(0);
    });
  });

  it("deadline view: lights by month with their reasons, and the as-of date recomputes", async () => {
    await withPage(async (page) => {
      await showView(page, "deadlines");
      const check = async (m: Metrics) => {
        const d = m.deadlines;
        const count = (c: string) => String(d.lights.filter((l) => l.light === c).length);
        expect(await figure(page, "overdue", "main")).toBe(String(d.overdue.length));
        expect(await figure(page, "dueSoon", "main")).toBe(String(d.dueSoon.length));
        expect(await figure(page, "open", "main")).toBe(String(d.open));
        expect(await figure(page, "red", "main")).toBe(count("red"));
        expect(await figure(page, "yellow", "main")).toBe(count("yellow"));
        expect(await figure(page, "green", "main")).toBe(count("green"));
        if (d.lights.length === 0) {
          await expect(page.locator("main [data-empty]").count()).resolves.toBe(1);
          return;
        }
        const cells = page.locator(
          '[data-chart="deadline-timeline"] [aria-description="deadline-task"] title',
        );
        expect(await cells.count()).toBe(d.lights.length);
        // The hover text names the light and the rule that set it.
        const titles = await cells.allTextContents();
        for (const l of d.lights.slice(0, 20)) expect(titles.some((t) => t.includes(l.reason))).toBe(true);
      };
      await check(metrics);
      const generation = Number(await page.evaluate(() => document.body.dataset["generation"]));
      await page.fill("#asof", "2025-01-10");
      await ready(page, generation);
      await check(metricsOf(docs, "2025-01-10"));
    });
  });

  it("bodies: lead/assist load per body and who works with whom", async () => {
    await withPage(async (page) => {
      await showView(page, "bodies");
      const u = metrics.units;
      expect(await figure(page, "units", "main")).toBe(String(u.length));
      expect(await figure(page, "leadSlots", "main")).toBe(String(u.reduce((n, x) => n + x.lead, 0)));
      expect(await figure(page, "assistSlots", "main")).toBe(String(u.reduce((n, x) => n + x.assist, 0)));
      expect(await figure(page, "pairs", "main")).toBe(String(metrics.collaboration.length));
      if (u.length === 0) {
        await expect(page.locator("main [data-empty]").count()).resolves.toBe(1);
        return;
      }
      await expect(
        page.locator('[data-chart="bodies-load"] [aria-description="load-bar"] rect').count(),
      ).resolves.toBeGreaterThan(0);
      expect(await page.locator('table[data-table="bodies"] tbody tr').count()).toBe(u.length);
      for (const x of u) {
        const row = page.locator(`table[data-table="bodies"] tr[data-row="${x.id}"]`);
        expect(await row.locator('[data-field="lead"]').textContent()).toBe(String(x.lead));
        expect(await row.locator('[data-field="assist"]').textContent()).toBe(String(x.assist));
      }
      if (metrics.collaboration.length > 0) {
        const pairs = await page
          .locator('[data-chart="bodies-collaboration"] [aria-description="pair-cell"] a')
          .count();
        expect(pairs).toBeGreaterThan(0);
        expect(pairs).toBeLessThanOrEqual(metrics.collaboration.length);
      }
    });
  });

  it("task table: search, filters and source lines", async () => {
    await withPage(
      async (page) => {
        expect(await figure(page, "total", "main")).toBe(String(totalTasks));
        expect(await figure(page, "shown", "main")).toBe(String(totalTasks));
        expect(await page.locator('table[data-table="tasks"] tbody tr').count()).toBe(totalTasks);
        const red = metrics.deadlines.lights.filter((l) => l.light === "red").length;
        await page.selectOption('select[data-filter="light"]', "red");
        expect(await figure(page, "shown", "main")).toBe(String(red));
        await page.selectOption('select[data-filter="light"]', "");
        const firstDoc = docs.find((d) => d.sections.some((s) => s.tasks.length > 0));
        const first = firstDoc?.sections.find((s) => s.tasks.length > 0)?.tasks[0];
        if (!firstDoc || !first) return;
        // Search by a piece of the first task's text finds it.
        await page.fill('input[data-filter="q"]', first.text.slice(0, 8));
        const row = page.locator('table[data-table="tasks"] tbody tr').first();
        await expect(row.locator('[data-field="text"]').textContent()).resolves.toContain(
          first.text.slice(0, 8),
        );
        // Its source lines are the file's own lines.
        await row.locator("details.source summary").click();
        const shown = (await row.locator("pre[data-source-lines]").textContent()) ?? "";
        const lines = readFileSync(
          join(SEEDS_DIR, firstDoc.source.path.replace(/^seeds\//, "")),
          "utf8",
        ).split(/\r?\n/);
        const line = lines[first.span.startLine - 1]?.trim() ?? "";
        expect(shown).toContain(line.slice(0, 20));
      },
      { width: 1280, height: 800 },
      "#/tasks",
    );
  });

  it("picking a seed file re-parses and re-computes in the browser", async () => {
    const file = SEED_FILES[SEED_FILES.length - 1] ?? "";
    const one = seedDocs([file], (f) => f);
    const m = metricsOf(one, AS_OF);
    await withPage(async (page) => {
      const generation = Number(await page.evaluate(() => document.body.dataset["generation"]));
      await page.setInputFiles("#files", join(SEEDS_DIR, file));
      await ready(page, generation);
      const tasks = one.reduce((n, d) => n + d.sections.reduce((k, s) => k + s.tasks.length, 0), 0);
      await expectOverview(page, m, 1, tasks);
      await expect(page.locator(`#docs [data-doc="${file}"]`).count()).resolves.toBe(1);
      // And back to the seeds.
      const g2 = Number(await page.evaluate(() => document.body.dataset["generation"]));
      await page.click("#reset");
      await ready(page, g2);
      expect(await figure(page, "corpus-docs")).toBe(String(SEED_FILES.length));
    });
  });

  it("shows the seed facts METRICS.md lists: 137 tasks in 6 sections, 大兴 14/14, 12 shared items, 64 overdue", async () => {
    await withPage(async (page) => {
      expect(await figure(page, "tasks", "main")).toBe("137");
      expect(await figure(page, "sections", "main")).toBe("6");
      const daxing = metrics.sections.find((s) => s.issuer === "大兴区");
      const row = page.locator(
        `table[data-table="overview"] tr[data-row="${daxing?.source}|${daxing?.section}"]`,
      );
      expect(await row.locator('[data-field="completed"]').textContent()).toBe("14");
      expect(await row.locator('[data-field="stated"]').textContent()).toBe("14");
      expect(await row.locator('[data-field="completionRate"]').textContent()).toBe("100%");
      await showView(page, "coverage");
      expect(await figure(page, "shared", "main")).toBe("12");
      // The twelve items cited by both 东城 and 大兴: two linked cells each in the matrix.
      const shared = metrics.coverage.filter(
        (r) => r.districts.includes("东城区") && r.districts.includes("大兴区"),
      );
      expect(shared).toHaveLength(12);
      // (Plot sets links as xlink:href, which CSS attribute selectors do not match: read them instead.)
      const hrefs = await page
        .locator('[aria-description="coverage-cell"] a')
        .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
      for (const r of shared)
        for (const district of ["东城区", "大兴区"]) {
          const href = `#/tasks?${new URLSearchParams({ item: r.key, district }).toString()}`;
          expect(hrefs.filter((x) => x === href)).toHaveLength(1);
        }
      await showView(page, "deadlines");
      const generation = Number(await page.evaluate(() => document.body.dataset["generation"]));
      await page.fill("#asof", "2025-01-10");
      await ready(page, generation);
      expect(await figure(page, "overdue", "main")).toBe("64");
    });
  });

  for (const format of ["docx", "xlsx"] as const) {
    it(`dropping a seed written as .${format} reads it in the browser and re-computes`, async () => {
      const seed = SEED_FILES[0] ?? "";
      const blocks = seedBlocks(readFileSync(join(SEEDS_DIR, seed), "utf8"));
      const name = seed.replace(/\.txt$/, `.${format}`);
      const buffer = Buffer.from(format === "docx" ? await toDocx(blocks) : await toXlsx(blocks));
      // What the page should find: the rows the CLI's readers give back for this file, parsed here.
      const rows = format === "docx" ? expectedRows(blocks) : expectedSheetRows(blocks);
      const one = resolveCorpus([parseRows(rows, { path: name, encoding: format })]);
      const m = metricsOf(one, AS_OF);
      const tasks = one.reduce((n, d) => n + d.sections.reduce((k, s) => k + s.tasks.length, 0), 0);
      expect(tasks).toBeGreaterThan(0);
      await withPage(async (page) => {
        const generation = Number(await page.evaluate(() => document.body.dataset["generation"]));
        await page.setInputFiles("#files", { name, mimeType: "application/octet-stream", buffer });
        await ready(page, generation);
        await expect(page.locator("#notes li").allTextContents()).resolves.toEqual([]);
        await expectOverview(page, m, 1, tasks);
        // The task table shows the task's source: the row of the file it was read from.
        await showView(page, "tasks");
        const first = one[0]?.sections[0]?.tasks[0];
        const row = page.locator('table[data-table="tasks"] tbody tr').first();
        await row.locator("details.source summary").click();
        const shown = (await row.locator("pre[data-source-lines]").textContent()) ?? "";
        expect(shown).toContain((first?.text ?? "").slice(0, 10));
      });
    });
  }

  it("names a Word file nested too deep, or whose zip understates its parts, in a note and reads neither", async () => {
    const deep = wordXmlDocx(wordParagraph("1.新增托位500个") + nestedWordTables(10_000, "托位"));
    const deflated = deflateSync(new Uint8Array(2 ** 20));
    const liar = lyingZip(
      Array.from({ length: 600 }, (_, i) => ({ name: `word/part${i + 1}.xml`, deflated, claims: 1 })),
    );
    await withPage(async (page) => {
      const generation = Number(await page.evaluate(() => document.body.dataset["generation"]));
      await page.setInputFiles("#files", [
        { name: "deep.docx", mimeType: "application/octet-stream", buffer: Buffer.from(deep) },
        { name: "liar.docx", mimeType: "application/octet-stream", buffer: Buffer.from(liar) },
      ]);
      await ready(page, generation);
      await expect(page.locator("#notes li").allTextContents()).resolves.toEqual([
        "deep.docx：无法读取（Word 文件嵌套过深，未读取）",
        "liar.docx：无法读取（Word 文件过大，未读取（its parts unzip to more than 536870912 bytes, though its directory claims 600））",
      ]);
    });
  });

  it("hostile document text stays inert: shown as characters, never run", async () => {
    const img = "<img src=x onerror=alert(1)>";
    const script = "<script>alert(1)</script>";
    const text = [
      "北京市测试区人民政府",
      "2024年测试区重要民生实事项目",
      "改善居住条件（2项）",
      `（一）新建养老驿站10个${img}`,
      "牵头领导：张三",
      "责任单位：区民政局",
      "完成期限：2024年8月底前",
      `（二）改造老旧小区5个${script}`,
      "牵头领导：李四",
      "责任单位：区住房城乡建设委",
      "完成期限：2024年12月底前",
      "",
    ].join("\n");
    const html = `<!doctype html><html><head><script>alert(1)</script></head><body onload="alert(1)">
      <p>2024年测试区重要民生实事项目 ${img}</p>
      <table><tr><td>序号</td><td>项目内容</td><td>责任单位</td></tr>
      <tr><td>1</td><td>新建 &lt;script&gt;alert(1)&lt;/script&gt; 驿站<img src=x onerror=alert(1)></td><td>区民政局</td></tr></table>
      </body></html>`;
    const name = `${img}${script}.txt`;
    const parsedTasks = parseText(text, { path: name }).sections.flatMap((s) => s.tasks);
    await withPage(
      async (page) => {
        const generation = Number(await page.evaluate(() => document.body.dataset["generation"]));
        await page.setInputFiles("#files", [
          { name, mimeType: "text/plain", buffer: Buffer.from(text, "utf8") },
          { name: "hostile.html", mimeType: "text/html", buffer: Buffer.from(html, "utf8") },
        ]);
        await ready(page, generation);
        // The file name (document text, too) is shown as the characters it is.
        await expect(page.locator("#docs .doc-name").first().textContent()).resolves.toBe(name);
        await expect(page.getByText(name, { exact: true }).isVisible()).resolves.toBe(true);
        for (const view of VIEWS) {
          await showView(page, view);
          await page.waitForTimeout(50);
        }
        await showView(page, "tasks");
        // Whatever tasks the parser finds, their text is shown verbatim, tags and all.
        for (const t of parsedTasks.filter((x) => x.text.includes("<"))) {
          await expect(page.getByText(t.text, { exact: true }).first().isVisible()).resolves.toBe(true);
        }
        expect(parsedTasks.some((x) => x.text.includes("<script>"))).toBe(true);
        // The parser drops the <img> tag from the task's text (scraped pages leave tags in cells);
        // the task's source lines still show it, as characters.
        const imgTask = page
          .locator('table[data-table="tasks"] tbody tr', { hasText: "新建养老驿站10个" })
          .first();
        await imgTask.locator("details.source summary").click();
        await expect(imgTask.locator("pre[data-source-lines]").textContent()).resolves.toContain(img);
        // Nothing was turned into markup: no <img>, no script besides the page's own bundle.
        await expect(page.locator("img").count()).resolves.toBe(0);
        await expect(page.locator("script").count()).resolves.toBe(1);
        await page.waitForTimeout(300); // an onerror would fire by now
      },
      { width: 1280, height: 800 },
      "#/overview",
      // Chromium checks the page's CSP (script-src 'self') for inline handlers even while DOMParser builds
      // its inert document, and logs the block; the handlers could not run there anyway. Only that is allowed.
      /^console\.error: Executing inline event handler violates the following Content Security Policy/,
    );
  });

  it("renders every view at 1280×800 and on a 390-px phone, with screenshots", async () => {
    for (const [label, viewport] of [
      ["1280", { width: 1280, height: 800 }],
      ["390", { width: 390, height: 844 }],
    ] as const) {
      await withPage(async (page) => {
        for (const view of VIEWS) {
          await showView(page, view);
          // What a person sees first, small enough for the README (docs/screenshot.png).
          if (view === "overview" && label === "1280")
            await page.screenshot({ path: join(OUTPUT_DIR, "readme-screenshot.png") });
          // Nothing wider than the screen: wide charts and tables scroll inside their own box.
          const overflow = await page.evaluate(
            () => document.documentElement.scrollWidth - window.innerWidth,
          );
          expect(overflow, `${view} at ${label}px`).toBeLessThanOrEqual(0);
          // The whole page, cut at 2400 px: the task table alone is tens of thousands of pixels tall.
          const height = await page.evaluate(() => document.documentElement.scrollHeight);
          await page.screenshot({
            path: join(OUTPUT_DIR, `${view}-${label}.png`),
            fullPage: true,
            clip: { x: 0, y: 0, width: viewport.width, height: Math.min(height, 2400) },
          });
        }
      }, viewport);
    }
  });
});
