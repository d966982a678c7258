import type { LineageEdgeAttributes, LineageEdgeType, LineageGraph, LineageNodeAttributes } from "../lineage/types";

/**
 * Options shared by the lineage pictures ({@link toDot}, {@link toMermaid}, {@link toSVG}).
 *
 * @example
 * toDot(graph, { title: "Section V", lines: 2, wrap: 40, direction: "LR", legend: false });
 */
export interface LineagePictureOptions {
  /** A title over the picture (default: the graph's `title` attribute, if any). */
  title?: string;
  /** Draw a legend of node and edge styles (default true; DOT and SVG). */
  legend?: boolean;
  /** Characters per line of task text (default 34). */
  wrap?: number;
  /** Lines of task text, the last ending in "…" when cut (default 3; 0 shows refs and deadlines only). */
  lines?: number;
  /** Tasks per row inside a plan's box when drawn top to bottom (default 6). */
  columns?: number;
  /**
   * `TB` (the default) ranks the national root at the top and each generation below, a plan's
   * tasks in rows of `columns` inside its box; when the picture holds more than `columns` × 2
   * tasks the boxes are stacked, each under the plans it derives from. `LR` puts the root on the
   * left and stacks each plan's tasks in a column.
   */
  direction?: "TB" | "LR";
}

/**
 * The direction a picture is drawn in (see {@link LineagePictureOptions.direction}).
 *
 * @example
 * pictureDirection(planLevel(lineage()), {}) // "TB"
 */
export function pictureDirection(_graph: LineageGraph, options: LineagePictureOptions): "TB" | "LR" {
  return options.direction ?? "TB";
}

/**
 * Colour of each edge type (weak `implements` links are drawn dashed, orange).
 *
 * @example
 * EDGE_COLORS["derives-from"] // "#1f4e79"
 */
export const EDGE_COLORS: Readonly<Record<LineageEdgeType | "implements-weak", string>> = Object.freeze({
  "derives-from": "#1f4e79",
  contains: "#9aa5b1",
  implements: "#2e7d32",
  "implements-weak": "#e67e22",
  cites: "#8e6fb5",
});

/**
 * Fill colour of plan nodes by level of government.
 *
 * @example
 * LEVEL_FILLS.national // "#fbe3a4"
 */
export const LEVEL_FILLS: Readonly<Record<string, string>> = Object.freeze({
  national: "#fbe3a4",
  ministry: "#f6d5b8",
  province: "#cfe2f3",
  city: "#d9ead3",
  district: "#d9ead3",
  commune: "#eadcf8",
});

/**
 * "dd/mm/yyyy" from an ISO date, or null.
 *
 * @example
 * displayDate("2022-04-07") // "07/04/2022"
 */
export function displayDate(iso: string | null): string | null {
  if (!iso) return null;
  const [y, m, d] = iso.split("-");
  return `${d}/${m}/${y}`;
}

/**
 * A text cut into lines of at most `width` characters at spaces, at most `lines` lines, the last
 * ending in "…" when text was left out.
 *
 * @example
 * wrapText("Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư", 20, 2)
 * // ["Kết nối, chia sẻ dữ", "liệu giữa Cơ sở dữ…"]
 */
export function wrapText(text: string, width: number, lines: number): string[] {
  const out: string[] = [];
  let line = "";
  const words = text.split(/\s+/).filter(Boolean);
  let i = 0;
  for (; i < words.length && out.length < lines; i++) {
    const word = words[i]!.length > width ? `${words[i]!.slice(0, width - 1)}…` : words[i]!;
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = "";
      if (out.length === lines) break;
    }
    line = line ? `${line} ${word}` : word;
  }
  if (line && out.length < lines) out.push(line);
  if (i < words.length && out.length > 0) {
    let last = out[out.length - 1]!;
    if (last.length >= width && last.includes(" ")) last = last.slice(0, last.lastIndexOf(" "));
    out[out.length - 1] = `${last.replace(/[\s,.;:…]+$/, "")}…`;
  }
  return out;
}

const cut = (text: string, width: number) => (text.length > width ? `${text.slice(0, width - 1).trimEnd()}…` : text);

/**
 * The lines of a node's label: plans show id or code, issuer, date and level (and "not in
 * corpus"); documents their kind, code and date; tasks their ref and deadline, then their text.
 *
 * @example
 * nodeLines("hue-2022:VI.12", graph.getNodeAttributes("hue-2022:VI.12"), {})
 * // ["VI.12 · Quý I năm 2022", "Kết nối, chia sẻ dữ liệu giữa Cơ sở", …]
 */
export function nodeLines(key: string, attrs: LineageNodeAttributes, options: LineagePictureOptions): string[] {
  const width = options.wrap ?? 34;
  if (attrs.kind === "task") {
    const head = attrs.deadline ? `${attrs.ref} · ${cut(attrs.deadline, width)}` : attrs.ref;
    return [head, ...wrapText(attrs.text, width, options.lines ?? 3)];
  }
  const when = [displayDate(attrs.date), attrs.level].filter(Boolean).join(" · ");
  if (attrs.kind === "document") return [`${attrs.documentKind} ${attrs.code}`, ...(attrs.issuer ? [cut(attrs.issuer, width + 6)] : []), ...(when ? [when] : [])];
  const head = attrs.loaded ? `${key} · ${attrs.code ?? "?"}` : `${attrs.documentKind ?? ""} ${attrs.code ?? key}`.trim();
  return [head, ...(attrs.issuer ? [cut(attrs.issuer, width + 6)] : []), `${when}${attrs.loaded ? "" : when ? " · not in corpus" : "not in corpus"}`];
}

/**
 * The edge label: the score with two decimals for `implements` edges, nothing for the others.
 *
 * @example
 * edgeLabel({ type: "implements", score: 0.983, strength: "strong", evidence: "", origin: "matched", toPlan: "qd-06-2022" }) // "0.98"
 */
export function edgeLabel(attrs: LineageEdgeAttributes): string {
  return attrs.type === "implements" ? attrs.score.toFixed(2) : "";
}

/**
 * The colour of an edge.
 *
 * @example
 * edgeColor({ type: "derives-from", statedBy: "plan" }) // "#1f4e79"
 */
export function edgeColor(attrs: LineageEdgeAttributes): string {
  return attrs.type === "implements" && attrs.strength === "weak" ? EDGE_COLORS["implements-weak"] : EDGE_COLORS[attrs.type];
}

/**
 * The tasks of each plan that has tasks in the graph (plan key → task keys, in graph order);
 * pictures draw these plans as a box around their tasks.
 *
 * @example
 * tasksByPlan(taskLineage(lineage(), "qd-06-2022:V.11")).get("hue-2022") // ["hue-2022:VI.12", "hue-2022:VI.19"]
 */
export function tasksByPlan(graph: LineageGraph): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  graph.forEachNode((key, attrs) => {
    if (attrs.kind !== "task" || !graph.hasNode(attrs.plan)) return;
    const list = groups.get(attrs.plan) ?? [];
    list.push(key);
    groups.set(attrs.plan, list);
  });
  return groups;
}

/**
 * The picture's title: the option, else the graph's `title` attribute, else null.
 *
 * @example
 * pictureTitle(taskLineage(lineage(), "qd-06-2022:V.11"), {}) // "Lineage of qd-06-2022:V.11"
 */
export function pictureTitle(graph: LineageGraph, options: LineagePictureOptions): string | null {
  return options.title ?? graph.getAttribute("title") ?? null;
}

// Helvetica advance widths (1/1000 em) of the printable ASCII characters 32..126 (Adobe AFM).
const HELVETICA = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611,
  778, 722, 278, 500, 667, 556, 833, 722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833,
  556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584,
];

/**
 * The width in points of one line of text in Helvetica at a font size. Vietnamese letters count
 * as their base letter (Graphviz compiled to WebAssembly has no metrics for non-ASCII characters
 * and would measure them as spaces, so the pictures set each node's minimum width from this).
 *
 * @example
 * textWidth("Kết nối", 10) // ≈ 33
 */
export function textWidth(text: string, fontSize: number): number {
  let units = 0;
  for (const char of text.normalize("NFD").replace(/\p{M}/gu, "").replace(/đ/g, "d").replace(/Đ/g, "D")) {
    const code = char.codePointAt(0)!;
    units += code >= 32 && code <= 126 ? HELVETICA[code - 32]! : char === "·" ? 278 : 1000;
  }
  return (units / 1000) * fontSize;
}
