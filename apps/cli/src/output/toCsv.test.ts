import { describe, expect, it } from "vitest";
import { csvLines } from "./toCsv";

describe("csvLines", () => {
  it("writes RFC 4180 CSV, one piece per line, the BOM on the first", () => {
    const table = {
      name: "t",
      columns: ["序号", "text"],
      rows: [
        [1, 'a "b", c'],
        [null, "两行\n文本"],
      ],
    };
    expect([...csvLines(table, { bom: true })]).toEqual([
      "\uFEFF序号,text\r\n",
      '1,"a ""b"", c"\r\n',
      ',"两行\n文本"\r\n',
    ]);
    expect([...csvLines(table, { bom: false })][0]).toBe("序号,text\r\n");
  });
});
