// The one way this page makes DOM. Document text (task text, file names, reasons, diagnostics) is
// untrusted: children given as strings become Text nodes, attributes go through setAttribute, and
// nothing here ever assigns innerHTML — so `<img onerror=…>` in a task shows as those characters.

export type Child = Node | string | number | null | undefined | false;
export type Attrs = Record<string, string | number | boolean | null | undefined>;

/** Creates an element; string children are inserted as text, never parsed as HTML. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: (Child | readonly Child[])[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === null || value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  append(el, children);
  return el;
}

/** Appends children (strings as text nodes). */
export function append(parent: Node, children: readonly (Child | readonly Child[])[]): void {
  for (const child of children) {
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else if (child !== null && child !== undefined && child !== false) {
      parent.appendChild(document.createTextNode(String(child)));
    }
  }
}

/** Empties a node and fills it again. */
export function replaceChildren(parent: Element, ...children: (Child | readonly Child[])[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/** A figure the tests read back: `data-figure` names it, the text is what a reader sees. */
export function figure(name: string, label: string, value: string | number): HTMLElement {
  return h(
    "div",
    { class: "stat" },
    h("span", { class: "stat-value", "data-figure": name }, String(value)),
    h("span", { class: "stat-label" }, label),
  );
}

/** A note shown where a chart has nothing to draw (an empty corpus, or metrics not yet implemented). */
export function emptyNote(text: string): HTMLElement {
  return h("p", { class: "empty", "data-empty": "" }, text);
}
