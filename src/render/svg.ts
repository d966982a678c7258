import type { Viz } from "@viz-js/viz";
import type { LineageGraph } from "../lineage/types";
import { Dean06Error } from "../model/errors";
import { toDot } from "./dot";
import type { LineagePictureOptions } from "./lineage-style";

/**
 * What dean06 needs of a `@viz-js/viz` instance (what its `instance()` resolves to): rendering DOT
 * text. Declared here rather than imported, so that dean06's CommonJS type declarations do not
 * import the types of an ES-module-only package.
 *
 * @example
 * import { instance } from "@viz-js/viz";
 * const viz: VizRenderer = await instance();
 */
export interface VizRenderer {
  /** Renders `input` (DOT) in `options.format` with `options.engine`; see `@viz-js/viz`. */
  render(input: string, options: { format: "svg"; engine: "dot" }): VizRendering;
}

/**
 * What a {@link VizRenderer} returns: the SVG text when the rendering succeeded, and Graphviz's
 * messages either way.
 *
 * @example
 * const result: VizRendering = viz.render("digraph { a -> b }", { format: "svg", engine: "dot" });
 * if (result.status === "success") writeFileSync("a.svg", result.output);
 */
export type VizRendering =
  | {
      /** The rendering succeeded. */
      status: "success";
      /** The SVG text. */
      output: string;
      /** Warnings. */
      errors: VizMessage[];
    }
  | {
      /** The rendering failed. */
      status: "failure";
      /** No output. */
      output: undefined;
      /** Why. */
      errors: VizMessage[];
    };

/**
 * A message of Graphviz about a rendering (an error, or a warning when `level` says so).
 *
 * @example
 * const message: VizMessage = { level: "warning", message: "syntax ambiguity" };
 */
export interface VizMessage {
  /** `"error"`, `"warning"`, or absent (an error). */
  level?: "error" | "warning";
  /** Graphviz's text. */
  message: string;
}

/**
 * Options of {@link toSVG}: the picture options of {@link toDot}, and a Viz instance to reuse.
 *
 * @example
 * await toSVG(graph, { title: "V.11", lines: 2, viz: await instance() });
 */
export interface SvgOptions extends LineagePictureOptions {
  /** A `@viz-js/viz` instance (from `instance()`); one is created on first use otherwise. */
  viz?: VizRenderer;
}

/**
 * What Graphviz said about a DOT text it rendered.
 *
 * @example
 * const { svg, warnings }: DotRendering = await renderDot(toDot(graph));
 */
export interface DotRendering {
  /** The picture as SVG text, as Graphviz wrote it (with its XML declaration; see bareSvg). */
  svg: string;
  /** Graphviz warnings (the rendering succeeded). */
  warnings: string[];
}

let shared: Promise<Viz> | undefined;

/**
 * The Graphviz WebAssembly instance of `@viz-js/viz`, loaded on first use (the package is only
 * imported then, so the rest of dean06 never loads the WebAssembly module).
 *
 * @example
 * const viz = await vizInstance();
 * viz.graphvizVersion // "…"
 */
export function vizInstance(): Promise<Viz> {
  shared ??= import("@viz-js/viz").then((module) => module.instance());
  return shared;
}

/**
 * Renders DOT text to SVG with Graphviz's own `dot` layout compiled to WebAssembly (no system
 * binary). Throws a `Dean06Error` with code `RENDER_FAILED` and Graphviz's messages when the DOT
 * text has errors; warnings are returned.
 *
 * @example
 * const { svg, warnings } = await renderDot("digraph { a -> b }");
 */
export async function renderDot(dot: string, options: { viz?: VizRenderer } = {}): Promise<DotRendering> {
  const viz = options.viz ?? (await vizInstance());
  const result = viz.render(dot, { format: "svg", engine: "dot" });
  const errors = result.errors.filter((e) => e.level !== "warning").map((e) => e.message.trim());
  if (result.status !== "success" || errors.length > 0) {
    throw new Dean06Error("RENDER_FAILED", `Graphviz could not render the graph: ${errors.join("; ") || "unknown error"}`);
  }
  return { svg: result.output, warnings: result.errors.map((e) => e.message.trim()) };
}

/**
 * An SVG picture that displays itself in Deno's Jupyter kernel and is otherwise its SVG text: a
 * `String` object, so templates, `includes`, `length` and `String(picture)` work as on the text
 * (Node's `fs.writeFileSync` wants `String(picture)`). Its MIME bundle has the picture twice:
 * `image/svg+xml`, and inline in `text/html`, which notebook front ends prefer and which
 * `jupyter nbconvert --to html` keeps (nbconvert 6 strips the drawing out of `image/svg+xml`).
 *
 * @example
 * const picture = new SvgPicture("<svg xmlns='http://www.w3.org/2000/svg'/>");
 * picture[Symbol.for("Jupyter.display")]() // { "image/svg+xml": "<svg …/>", "text/html": "<svg …/>" }
 * `${picture}`.startsWith("<svg") // true
 * new SvgPicture(linkWaterfall(l, { thresholds: LINK_THRESHOLDS })) // a chart a notebook cell shows
 */
export class SvgPicture extends String {
  [Symbol.for("Jupyter.display")](): { "image/svg+xml": string; "text/html": string } {
    const svg = bareSvg(this.toString());
    return { "image/svg+xml": svg, "text/html": svg };
  }
}

/**
 * SVG text without the XML declaration and DOCTYPE Graphviz writes: a standalone UTF-8 SVG file
 * needs neither, and both break the SVG when embedded in HTML (a notebook's output, which
 * `jupyter nbconvert --to html` cannot convert with the declaration in it).
 *
 * @example
 * bareSvg('<?xml version="1.0"?>\n<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN" "…">\n<svg/>') // "<svg/>"
 */
export function bareSvg(svg: string): string {
  return svg
    .replace(/^\s*<\?xml[^>]*\?>\s*/, "")
    .replace(/^<!DOCTYPE[^>]*>\s*/, "")
    .replace(/^(?:<!--[\s\S]*?-->\s*)+/, "");
}

/** Whether the code runs in Deno's Jupyter kernel (`Deno.jupyter` throws outside it). */
function inDenoJupyter(): boolean {
  const deno = (globalThis as { Deno?: { jupyter?: unknown } }).Deno;
  try {
    return deno !== undefined && typeof deno.jupyter === "object" && deno.jupyter !== null;
  } catch {
    return false;
  }
}

/**
 * The lineage picture as an SVG string: {@link toDot}'s DOT laid out by Graphviz (WebAssembly,
 * `@viz-js/viz`); tooltips carry each task's full wording and each link's evidence. The text
 * starts with `<svg` (no XML declaration), so it can be written to a file or put in HTML as is.
 * In Deno's Jupyter kernel the string is an {@link SvgPicture} (a `String` object) that shows
 * itself as a picture when it is a cell's result.
 *
 * @example
 * const svg = await toSVG(taskLineage(lineage(), "qd-06-2022:V.11"));
 * writeFileSync("v11.svg", svg);
 * // in a Deno notebook, a cell's result shows the picture:
 * await toSVG(taskLineage(lineage(), "qd-06-2022:V.11"));
 */
export async function toSVG(graph: LineageGraph, options: SvgOptions = {}): Promise<string> {
  const { viz, ...picture } = options;
  const svg = bareSvg((await renderDot(toDot(graph, picture), viz ? { viz } : {})).svg);
  return inDenoJupyter() ? (new SvgPicture(svg) as unknown as string) : svg;
}
