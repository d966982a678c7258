import { foldForMatch } from "../text/fold";
import type { Block } from "./body-blocks";
import type { BodySection } from "./body-tasks";
import { oneLine, type RawTarget } from "./import-types";
import { headsTargets, namesTargets } from "./section-kinds";

/** The targets of a plan's body and the lines of the headings that group them. */
export interface BodyTargets {
  targets: RawTarget[];
  headingLines: number[];
}

// aims that are not targets, beside them in a section of targets: "1. Mục tiêu chung"
const GENERAL_AIMS = /^(?:muc tieu (?:chung|tong quat)|muc dich|yeu cau|quan diem)(?: |$)/;
// a figure: "100%", "1,5 %" (a decimal comma), "30 phần trăm"
const FIGURE = /(\d{1,3}(?:[.,]\d{1,2})?)\s*(?:%|phần trăm)/giu;
// a time the target is due by: "đến năm 2025", "trước ngày 30/6/2024", "trong quý IV/2024"
const DUE = /(?:đến|trước|trong|chậm nhất)\s+(?:hết\s+)?(?:ngày|tháng|quý|năm)\s+[^,;.()]{0,40}?\d{4}/iu;
// a dated target line: "Năm 2022: … 100% …", "Đến hết năm 2023, 80% …", "Phấn đấu đến năm 2025: …"
const YEAR_TARGET = /^(?:phấn đấu\s+)?(?:trong\s+|đến\s+(?:hết\s+|cuối\s+)?)?năm\s+20\d\d\s*[:,]/iu;
/** More figures than this in one item: a table or prose, not a list of targets (one target, its text once). */
const MOST_FIGURES = 12;

/**
 * Reads the numeric targets (chỉ tiêu) of a plan's body: the items of a section whose heading
 * names targets ("II. CHỈ TIÊU"), and the items under a numbered sub-heading "Chỉ tiêu …" /
 * "Mục tiêu cụ thể" of any other section (one holding tasks too: those items are targets, not tasks). A numbered or lettered item with sub-items is a
 * group (its text the group's heading; "Mục tiêu chung" and other general aims are not targets);
 * one without is a target on its own. Each figure of an item ("80% …, tỷ lệ … đạt 30%") is one
 * target, numbered within its group ("1.5", "1.6"); an item without a figure, or with more than
 * twelve, is one target with no value. The text is kept as written.
 *
 * @example
 * const lines = toSourceLines("I. MỤC ĐÍCH\nBảo đảm.\nII. CHỈ TIÊU\n1. Về dịch vụ công\n- 100% hồ sơ được số hóa.\n2. 80% người dân có tài khoản định danh.");
 * bodyTargets(bodySections(lines, 0, lines.length).sections).targets.map((t) => [t.ref, t.value]) // [["1.1", 100], ["2.1", 80]]
 */
export function bodyTargets(sections: readonly BodySection[]): BodyTargets {
  const out: BodyTargets = { targets: [], headingLines: [] };
  for (const section of sections) {
    if (!section.holdsTasks && namesTargets(section.title)) {
      readTargetList(section.blocks, oneLine(section.title), "", out);
      continue;
    }
    for (let i = 0; i < section.blocks.length; i++) {
      const block = section.blocks[i]!;
      const marker = block.marker;
      if (marker?.kind !== "number" || !headsTargets(block.text)) continue;
      // its items: what follows up to the next item numbered at its level or above
      let end = i + 1;
      while (end < section.blocks.length) {
        const next = section.blocks[end]!.marker;
        if (next?.kind === "number" && next.parts.length <= marker.parts.length) break;
        end++;
      }
      if (end > i + 1) {
        out.headingLines.push(...block.lines);
        readTargetList(section.blocks.slice(i + 1, end), heading(block), marker.label, out);
      }
      i = end - 1;
    }
    readYearTargets(section, out);
  }
  return out;
}

/**
 * Runs of dated target lines with a figure ("- Năm 2022: … để 100% …") in a section's own text,
 * outside any list read already: targets, in a task section as anywhere else.
 */
function readYearTargets(section: BodySection, out: BodyTargets): void {
  if (!section.holdsTasks && namesTargets(section.title)) return;
  const taken = new Set([...out.headingLines, ...out.targets.flatMap((t) => t.lines)]);
  const isYearTarget = (block: Block) =>
    (!block.marker || block.marker.kind === "bullet") && !block.lines.some((n) => taken.has(n)) && YEAR_TARGET.test(block.text) && new RegExp(FIGURE.source, "iu").test(block.text);
  let run: Block[] = [];
  const flush = () => {
    if (run.length) readItems(run, oneLine(section.title) || "Chỉ tiêu", section.ref, out);
    run = [];
  };
  for (const block of section.blocks) {
    if (isYearTarget(block)) run.push(block);
    else flush();
  }
  flush();
}

const heading = (block: Block) => oneLine(block.text).replace(/:$/, "");
const isHead = (block: Block | undefined) => block?.marker?.kind === "number" || block?.marker?.kind === "letter";
/** How deep a numbered ("1." 1, "1.1." 2) or lettered (below any number) head stands. */
const depth = (block: Block) => (block.marker?.kind === "number" ? block.marker.parts.length : 10);
const isGeneralAim = (block: Block) => GENERAL_AIMS.test(foldForMatch(block.text));

/**
 * The items of a list of targets: a numbered or lettered item followed by other items heads a
 * group of them; items before any such item belong to the list's own `title` (refs `prefix.k`).
 */
function readTargetList(blocks: readonly Block[], title: string, prefix: string, out: BodyTargets): void {
  let loose: Block[] = [];
  // the label of the last numbered head: a lettered head under it takes it as its prefix ("2.a")
  let numbered = prefix;
  const flushLoose = () => {
    if (loose.length) readItems(loose, title, prefix, out);
    loose = [];
  };
  for (let i = 0; i < blocks.length; i++) {
    const block = blocks[i]!;
    if (!isHead(block)) {
      loose.push(block);
      continue;
    }
    flushLoose();
    let end = i + 1;
    while (end < blocks.length && !isHead(blocks[end])) end++;
    const items = blocks.slice(i + 1, end);
    const marker = block.marker as Extract<Block["marker"], { label: string }>;
    if (marker.kind === "number") numbered = marker.label;
    const ref = marker.kind === "letter" && numbered ? `${numbered}.${marker.label}` : marker.label;
    // a head over deeper heads ("1. Về dịch vụ công" over "a) …") only heads them
    const overHeads = !items.length && end < blocks.length && depth(blocks[end]!) > depth(block);
    if (overHeads) out.headingLines.push(...block.lines);
    else if (!isGeneralAim(block)) {
      if (items.length) {
        out.headingLines.push(...block.lines);
        readItems(items, heading(block), ref, out);
      } else readItems([block], oneLine(block.text), ref, out);
    }
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
    if (!figures.length || figures.length > MOST_FIGURES) out.targets.push(target(null));
    else for (const figure of figures) out.targets.push(target(Number(figure[1]!.replace(",", "."))));
  }
}
