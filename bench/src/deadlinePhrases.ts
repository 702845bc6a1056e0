// Deadline cells as the seeds write them (and the forms the parser's tests cover), with the last
// day each allows, in a document of 2024. The seed line with 4,500 spaces after 2024年12月底前 is
// NOT in this list: chrono-node takes about a minute on it (cubic on long space runs), see
// design/GLOSSARY.md; the parser's linear-time tests keep it instead.

/** One deadline of the benchmark list. */
export interface DeadlinePhrase {
  readonly text: string;
  /** The last day allowed, YYYY-MM-DD. */
  readonly date: string;
  readonly from: string;
}

/** The document year the phrases without a year take. */
export const DEADLINE_YEAR = 2024;

/** The list (12 phrases). */
export const DEADLINE_PHRASES: readonly DeadlinePhrase[] = [
  { text: "2024年12月底前", date: "2024-12-31", from: "seed 002" },
  { text: "2024 年 12 月底", date: "2024-12-31", from: "seed 003" },
  { text: "2024年12月底", date: "2024-12-31", from: "seed 001" },
  { text: "2024 年 8 月底", date: "2024-08-31", from: "seed 003" },
  { text: "2024-12-31", date: "2024-12-31", from: "seed 000" },
  { text: "2024年12月31日", date: "2024-12-31", from: "tests" },
  { text: "年底前", date: "2024-12-31", from: "tests" },
  { text: "6月底前", date: "2024-06-30", from: "tests" },
  { text: "2024年9月中旬", date: "2024-09-20", from: "tests" },
  { text: "一季度", date: "2024-03-31", from: "tests" },
  { text: "上半年", date: "2024-06-30", from: "tests" },
  { text: "2024年底前", date: "2024-12-31", from: "tests" },
];
