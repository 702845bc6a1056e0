import type { Document, Task } from "@minsheng/core";

/** A task with defaults, for documents the tests write as JSON input. */
export function makeTask(seq: number, fields: Partial<Task> = {}): Task {
  return {
    seq,
    text: `任务${seq}`,
    category: null,
    cityItem: null,
    units: [{ role: "lead", name: "区教委", id: "110101:区教育委员会", kind: "district-body" }],
    leaders: [],
    deadline: null,
    targets: [],
    progress: null,
    span: { startLine: seq, endLine: seq },
    ...fields,
  };
}

/** A valid document holding one progress section of the given tasks. */
export function makeDocument(path: string, tasks: Task[]): Document {
  return {
    schema: "minsheng.document/v1",
    source: { path, sha256: "0".repeat(64), encoding: "utf-8", lines: tasks.length },
    title: "东城区重要民生实事项目进展情况表",
    issuer: { name: "东城区", code: "110101" },
    docNumber: null,
    issued: null,
    sections: [
      { kind: "progress", title: null, year: 2024, period: null, categories: [], tasks, layout: "test" },
    ],
    outline: [],
    diagnostics: [],
  };
}
