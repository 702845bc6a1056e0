// The Word step of both apps: mammoth turns a .docx into HTML (tables keep their colspan and
// rowspan, which its raw-text output would lose), which the HTML reader then reads into rows.
// mammoth is passed in because each app loads its own build (Node's, or the browser bundle).

/** What the reader asks mammoth for: nothing outside the file is read, and images become empty. */
export interface DocxHtmlOptions<Converter> {
  readonly externalFileAccess: false;
  readonly ignoreEmptyParagraphs: true;
  readonly convertImage: Converter;
}

/**
 * The parts of mammoth the reader uses (the default export of `mammoth` or of
 * `mammoth/mammoth.browser.min.js` fits).
 *
 * @typeParam Input - what mammoth reads from: `{ buffer }` in Node, `{ arrayBuffer }` in browsers
 * @typeParam Converter - mammoth's image converter
 */
export interface MammothLike<Input, Converter> {
  convertToHtml(input: Input, options: DocxHtmlOptions<Converter>): Promise<{ readonly value: string }>;
  readonly images: { imgElement(f: () => Promise<{ src: string }>): Converter };
}

/**
 * mammoth's options for reading a document's text: linked files are never fetched, empty
 * paragraphs are dropped, and images become `<img src="">` (their bytes are of no use to a reader,
 * and the HTML is parsed inert anyway).
 */
export function docxHtmlOptions<Converter>(
  mammoth: Pick<MammothLike<unknown, Converter>, "images">,
): DocxHtmlOptions<Converter> {
  return {
    externalFileAccess: false,
    ignoreEmptyParagraphs: true,
    convertImage: mammoth.images.imgElement(() => Promise.resolve({ src: "" })),
  };
}

/**
 * Converts a .docx to HTML with {@link docxHtmlOptions}.
 *
 * @param mammoth - the app's mammoth build
 * @param input - the document, in the form that build reads
 * @throws whatever mammoth throws for a file that is not a readable .docx
 */
export async function docxToHtml<Input, Converter>(
  mammoth: MammothLike<Input, Converter>,
  input: Input,
): Promise<string> {
  return (await mammoth.convertToHtml(input, docxHtmlOptions(mammoth))).value;
}
