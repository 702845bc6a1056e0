/// <reference types="vite/client" />

declare module "virtual:minsheng-seeds" {
  const seeds: readonly { readonly path: string; readonly text?: string; readonly base64?: string }[];
  export default seeds;
}

/** mammoth's prebuilt browser bundle (UMD): the same API as the package's typed entry. */
declare module "mammoth/mammoth.browser.min.js" {
  const mammoth: unknown;
  export default mammoth;
}
