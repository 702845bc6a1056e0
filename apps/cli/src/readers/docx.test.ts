import { Document, Packer, Paragraph, Table, TableCell, TableRow, VerticalMergeType } from "docx";
import { describe, expect, it } from "vitest";
import { readDocx } from "./docx";

describe("readDocx", () => {
  it("reads paragraphs and tables in order, filling merged cells", async () => {
    const cell = (text: string, extra: Partial<ConstructorParameters<typeof TableCell>[0]> = {}) =>
      new TableCell({ children: [new Paragraph(text)], ...extra });
    const doc = new Document({
      sections: [
        {
          children: [
            new Paragraph("东城区主责项目进展情况表"),
            new Table({
              rows: [
                new TableRow({ children: [cell("任务", { columnSpan: 2 }), cell("单位")] }),
                new TableRow({
                  children: [
                    cell("1", { verticalMerge: VerticalMergeType.RESTART }),
                    cell("托位"),
                    cell("区教委"),
                  ],
                }),
                new TableRow({
                  children: [
                    cell("", { verticalMerge: VerticalMergeType.CONTINUE }),
                    cell("保险"),
                    cell("区卫健委"),
                  ],
                }),
              ],
            }),
          ],
        },
      ],
    });
    const bytes = new Uint8Array(await Packer.toBuffer(doc));
    expect((await readDocx(bytes, "a.docx")).rows).toEqual([
      ["东城区主责项目进展情况表"],
      ["任务", "任务", "单位"],
      ["1", "托位", "区教委"],
      ["1", "保险", "区卫健委"],
    ]);
  });

  it("refuses a file that is not a .docx, naming it", async () => {
    await expect(readDocx(new TextEncoder().encode("text"), "x.docx")).rejects.toThrow(
      /^x\.docx: not a readable Word \.docx file/,
    );
  });
});
