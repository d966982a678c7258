// Mermaid's own parser, for tests: mermaid needs a DOM (DOMPurify) even to parse, so a jsdom
// window stands in for the browser. `parseMermaid` gives the diagram type and the configuration
// its directives set (a diagram without directives has `config: {}`), or throws the parse error.
import { JSDOM } from "jsdom";

type Mermaid = typeof import("mermaid").default;
let loaded: Promise<Mermaid> | undefined;

function mermaid(): Promise<Mermaid> {
  loaded ??= (async () => {
    const { window } = new JSDOM("<!doctype html><html><body></body></html>");
    Object.assign(globalThis, { window, document: window.document });
    return (await import("mermaid")).default;
  })();
  return loaded;
}

/** Parses a Mermaid diagram with mermaid itself: its type and the configuration its directives set. */
export async function parseMermaid(text: string): Promise<{ diagramType: string; config: Record<string, unknown> }> {
  const result = await (await mermaid()).parse(text);
  if (!result) throw new Error("mermaid did not parse the diagram");
  return result as { diagramType: string; config: Record<string, unknown> };
}
