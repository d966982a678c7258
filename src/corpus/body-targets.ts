import { foldForMatch } from "../text/fold";
import type { Block } from "./body-blocks";
import type { BodySection } from "./body-tasks";
import { oneLine, type RawTarget } from "./import-types";

/** The targets of a plan's body and the lines of the headings that group them. */
export interface BodyTargets {
  targets: RawTarget[];
  headingLines: number[];
}

// a section of targets: "II. CHỈ TIÊU", "II. MỤC TIÊU VÀ CHỈ TIÊU CỤ THỂ"
const TARGET_SECTION = /(?:^| )chi tieu(?: |$)/;
// a list of targets inside another section: "2. Chỉ tiêu cụ thể:", "2. Mục tiêu cụ thể"
const TARGET_HEADING = /^(?:cac )?(?:chi tieu|muc tieu cu the)(?: |$)/;
// a figure: "100%", "1,5 %" (a decimal comma), "30 phần trăm"
const FIGURE = /(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|phần trăm)/giu;
// a time the target is due by: "đến năm 2025", "trước ngày 30/6/2024", "trong quý IV/2024"
const DUE = /(?:đến|trước|trong|chậm nhất)\s+(?:hết\s+)?(?:ngày|tháng|quý|năm)\s+[^,;.()]{0,40}?\d{4}/iu;

/**
 * Reads the numeric targets (chỉ tiêu) of a plan's body: every item of a section whose heading
 * names targets ("II. CHỈ TIÊU"), and the items under a sub-heading "Chỉ tiêu …" / "Mục tiêu cụ
 * thể" of another section that holds no tasks. A numbered item with sub-items is a group (its
 * text the group's heading); one without is a target on its own. Each figure of an item ("80% …,
 * tỷ lệ … đạt 30%") is one target, numbered within its group ("1.5", "1.6"); an item without a
 * figure is one target with no value. The text is kept as written.
 *
 * @example
 * const lines = toSourceLines("II. CHỈ TIÊU\n1. Về dịch vụ công\n- 100% hồ sơ được số hóa.\n2. 80% người dân có tài khoản định danh.");
 * bodyTargets(bodySections(lines, 0, lines.length).sections).targets.map((t) => [t.ref, t.value]) // [["1.1", 100], ["2.1", 80]]
 */
export function bodyTargets(sections: readonly BodySection[]): BodyTargets {
  const out: BodyTargets = { targets: [], headingLines: [] };
  for (const section of sections) {
    if (section.holdsTasks) continue;
    if (TARGET_SECTION.test(foldForMatch(section.title))) {
      readTargetList(section.blocks, oneLine(section.title), "", out);
      continue;
    }
    section.blocks.forEach((block, i) => {
      const marker = block.marker;
      if (marker?.kind !== "number" || !TARGET_HEADING.test(foldForMatch(block.text))) return;
      // its items: what follows up to the next item numbered at its level or above
      let end = i + 1;
      while (end < section.blocks.length) {
        const next = section.blocks[end]!.marker;
        if (next?.kind === "number" && next.parts.length <= marker.parts.length) break;
        end++;
      }
      const items = section.blocks.slice(i + 1, end);
      if (!items.length) return;
      out.headingLines.push(...block.lines);
      readItems(items, oneLine(block.text).replace(/:$/, ""), marker.label, out);
    });
  }
  return out;
}

/** The items of a section of targets: numbered items with sub-items are groups, the others targets. */
function readTargetList(blocks: readonly Block[], title: string, prefix: string, out: BodyTargets): void {
  let loose: Block[] = [];
  const flushLoose = () => {
    if (loose.length) readItems(loose, title, prefix, out);
    loose = [];
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (block.marker?.kind !== "number") {
      loose.push(block);
      continue;
    }
    flushLoose();
    let end = i + 1;
    while (end < blocks.length && blocks[end]!.marker?.kind !== "number") end++;
    const items = blocks.slice(i + 1, end);
    if (items.length) {
      out.headingLines.push(...block.lines);
      readItems(items, oneLine(block.text).replace(/:$/, ""), block.marker.label, out);
    } else readItems([block], oneLine(block.text), block.marker.label, out);
    i = end - 1;
  }
  flushLoose();
}

/** One target per figure of each item, numbered `${prefix}.k` (or `k`) from 1 within the group. */
function readItems(items: readonly Block[], group: string, prefix: string, out: BodyTargets): void {
  let k = 0;
  const ref = () => (prefix ? `${prefix}.${++k}` : String(++k));
  for (const item of items) {
    const text = oneLine(item.text);
    if (!text) continue;
    const deadline = DUE.exec(text)?.[0] ?? null;
    const figures = [...text.matchAll(FIGURE)];
    const target = (value: number | null) => ({ ref: ref(), group, text, value, unit: value === null ? null : "%", deadline, line: item.line, lines: item.lines });
    if (!figures.length) out.targets.push(target(null));
    for (const figure of figures) out.targets.push(target(Number(figure[1]!.replace(",", "."))));
  }
}
