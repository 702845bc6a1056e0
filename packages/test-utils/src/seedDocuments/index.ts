// `@minsheng/test-utils/seed-documents`: seeds written as the HTML pages, Word documents and
// workbooks they could have been exported from, for the CLI's and the dashboard's reader tests.
// A subpath of its own so the other test-utils users do not load docx and exceljs.
export { expectedRows, expectedSheetRows, seedBlocks, type SeedBlock } from "./seedBlocks";
export { toDocx, toHtml, toXlsx } from "./writeDocuments";
