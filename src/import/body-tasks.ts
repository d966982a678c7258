import { readAgencyList, readAgencyPrefix } from "../text/agency-list";
import { hasAtMostWords } from "../text/runs";
import { type Block, readBlocks, upperShare } from "./body-blocks";
import { oneLine, type RawSection, type RawTask, type RawTaskList } from "./import-types";
import type { WarningList } from "./import-warnings";
import type { LineMetadata } from "./line-account";
import { assignRefs, buildTree, fieldLike, fieldsOf, headingLike, isFieldedTask, type Node, namesTopic, notesOf, opensWith, subtree, TOPIC_OPENERS } from "./list-tree";
import { holdsTasks, namesSection } from "./section-kinds";
import type { SourceLine } from "./source-lines";
import { readTaskClauses } from "./task-clauses";

/** A roman section of the body. */
export interface BodySection {
  ref: string;
  title: string;
  line: number;
  /** The input lines of its heading. */
  headingLines: number[];
  /** Whether its heading announces tasks ("NHIỆM VỤ", "NỘI DUNG", "PHÂN CÔNG"). */
  holdsTasks: boolean;
  blocks: Block[];
}

/**
 * Splits the body into its roman sections (one untitled section when it has none).
 *
 * @example
 * const lines = toSourceLines("I. MỤC TIÊU\nBảo đảm.\nII. NHIỆM VỤ\n1. Kết nối.");
 * bodySections(lines, 0, lines.length).sections.map((s) => s.holdsTasks) // [false, true]
 */
export function bodySections(lines: SourceLine[], from: number, to: number): { sections: BodySection[]; preamble: Block[]; pageNumbers: number[]; rules: number[] } {
  const { blocks, pageNumbers, rules } = readBlocks(lines, from, to);
  const sections: BodySection[] = [];
  const preamble: Block[] = [];
  // without roman sections, upper-case "1. MỤC ĐÍCH", "2. NHIỆM VỤ" headings are the sections
  // (or "1. Mục tiêu", "2. Nhiệm vụ, giải pháp", "3. Tổ chức thực hiện": short headings opening with section words)
  const upper = (block: Block) => upperShare(block.text) >= 0.8 && /\p{L}{2}/u.test(block.text);
  const worded = (block: Block) => hasAtMostWords(block.text, 14) && !/[.;]$/.test(block.text.trim()) && namesSection(block.text);
  const topNumber = (block: Block) => block.marker?.kind === "number" && block.marker.parts.length === 1;
  const noRoman = !blocks.some((b) => b.marker?.kind === "roman");
  const byCase = noRoman && blocks.filter((b) => topNumber(b) && upper(b)).length >= 2;
  const byWords =
    noRoman &&
    !byCase &&
    blocks.filter((b) => topNumber(b) && worded(b)).length >= 2 &&
    blocks.some((b) => topNumber(b) && worded(b) && holdsTasks(b.text)) &&
    blocks.some((b) => topNumber(b) && worded(b) && !holdsTasks(b.text));
  const arabic = (block: Block) => topNumber(block) && ((byCase && upper(block)) || (byWords && worded(block)));
  const arabicSections = byCase || byWords;
  for (const block of blocks) {
    if (arabicSections && arabic(block) && block.marker?.kind === "number") {
      sections.push({ ref: block.marker.label, title: oneLine(block.text), line: block.line, headingLines: block.lines, holdsTasks: holdsTasks(block.text), blocks: [] });
    } else if (block.marker?.kind === "roman") {
      sections.push({ ref: block.marker.label, title: oneLine(block.text), line: block.line, headingLines: block.lines, holdsTasks: holdsTasks(block.text), blocks: [] });
    } else if (sections.length) sections.at(-1)!.blocks.push(block);
    else preamble.push(block);
  }
  if (!sections.length && preamble.length) {
    return { sections: [{ ref: "1", title: "", line: preamble[0]!.line, headingLines: [], holdsTasks: true, blocks: preamble }], preamble: [], pageNumbers, rules };
  }
  return { sections, preamble, pageNumbers, rules };
}

/** A field's text with its value: "Cơ quan phối hợp:" over "+ Công an huyện", "+ Phòng Tư pháp" is "Cơ quan phối hợp: Công an huyện; Phòng Tư pháp". */
function fieldText(field: Node): string {
  const values = field.children.flatMap(subtree).map((node) =>
    oneLine(node.block.text)
      .trim()
      .replace(/[.;,]$/, ""),
  );
  const text = oneLine(field.block.text).trim();
  if (!values.length) return text;
  return /:$/.test(text) ? `${text} ${values.join("; ")}` : `${text.replace(/[.;,]$/, "")}; ${values.join("; ")}`;
}

/**
 * An item with fields of its own and sub-items that is itself a task: a sentence ("1. Thành lập Tổ
 * công tác." over "- Cơ quan chủ trì: …" and "- Xây dựng quy chế …"), not a heading that ends in a
 * colon or without a stop, nor one that opens like a topic ("1. Nhóm …:"). Its sub-items are tasks
 * too, and take its fields as a group's.
 */
const isTaskWithSubtasks = (node: Node, fields: Node[]): boolean => fields.length > 0 && node.end === "." && !opensWith(node.block.text, TOPIC_OPENERS);

/** An item's (or heading's) text followed by its fields, each marked off ("Kết nối …; Cơ quan chủ trì: …; Thời gian: …"), for `readTaskClauses`. */
function withFields(text: string, fields: Node[]): string {
  if (!fields.length) return text;
  return (
    [
      oneLine(text)
        .trim()
        .replace(/[:;,]$/, ""),
      ...fields.map(fieldText),
    ]
      .filter(Boolean)
      // a piece without a final stop is marked off by a semicolon, which readTaskClauses drops again
      .map((text) => (/[.!?]$/.test(text) ? text : `${text};`))
      .join(" ")
  );
}

/** The agencies a task opens with as partners: "(Chủ trì,) phối hợp (với) X, Y …" → [X, Y]. */
function partnersNamed(text: string): string[] {
  const m = /^(?:chủ trì\s*,?\s*)?phối hợp(?:\s+chặt chẽ)?(?:\s+với)?\s+/iu.exec(text);
  return m ? readAgencyPrefix(text.slice(m[0].length)).entries : [];
}

/** The agency a group heading names ("3. Sở Thông tin và Truyền thông", "17. Đề nghị Viện Kiểm sát …"). */
function headingAgency(text: string): string | null {
  const name = oneLine(text)
    .replace(/^(?:đề nghị|de nghi|giao|yêu cầu)\s+/iu, "")
    .replace(/[:.]$/, "")
    .trim();
  if (!name || !headingLike(name)) return null;
  const reading = readAgencyList(name);
  return reading.ok ? name : null;
}

/** An unnumbered paragraph that sends the reader to an appendix for the tasks ("Nhiệm vụ cụ thể tại Phụ lục kèm theo"): not a task. */
const refersToAppendix = (node: Node): boolean => !node.block.marker && node.children.length === 0 && /(?:tại|theo|ở|trong|\()\s*(?:các\s+)?phụ lục\b/iu.test(node.block.text);

/** A task's agencies. */
interface Agencies {
  lead: string[];
  coordinating: string[];
}

/**
 * What a group (or section) heading's own fields and trailing brackets give each of its tasks
 * that gives none: "1. Nhóm nhiệm vụ hoàn thiện thể chế" over "- Thời gian hoàn thành: Quý III
 * năm 2022" and lettered tasks schedules every task of the group.
 */
interface GroupTerms {
  deadline: string | null;
  product: string | null;
}

/** The {@link GroupTerms} of a heading with its fields. */
function headingTerms(text: string, fields: Node[]): GroupTerms {
  const { deadline, product } = readTaskClauses(withFields(text.replace(/:\s*$/, ""), fields));
  return { deadline, product };
}

const NO_TERMS: GroupTerms = { deadline: null, product: null };

/**
 * The agencies a group's tasks take when they name none: the agency its heading is addressed to,
 * the "X chủ trì, phối hợp Y" it opens with, or the heading itself when it is a short name over
 * lettered or bulleted items (read as written: an OCR-damaged "Sé Tai Chinh" is still Sở Tài
 * chính) that does not open like a topic ("Nhóm tiện ích …", "Về …").
 */
function groupAgencies(group: Node): Agencies {
  // "Công an tỉnh chủ trì (các nhiệm vụ sau):" names its lead before "chủ trì"
  const text = group.block.text.replace(/\s+chủ trì(?:\s+(?:các|những)\s+nhiệm vụ(?:\s+sau)?)?\s*:\s*$/iu, ":");
  const agency = headingAgency(text);
  if (agency) return { lead: [agency], coordinating: [] };
  const inherited = readTaskClauses(text.replace(/:\s*$/, ""));
  if (inherited.lead.length || inherited.coordinating.length) return { lead: inherited.lead, coordinating: inherited.coordinating };
  const fields = fieldsOf(group);
  if (fields.length) {
    const named = readTaskClauses(withFields(group.block.text, fields));
    if (named.lead.length || named.coordinating.length) return { lead: named.lead, coordinating: named.coordinating };
  }
  if (headingLike(text) && !namesTopic(text) && group.children.every((c) => c.block.marker?.kind !== "number")) {
    return {
      lead: [
        oneLine(text)
          .replace(/^(?:đề nghị|de nghi|giao)\s+/iu, "")
          .replace(/[:.]$/, ""),
      ],
      coordinating: [],
    };
  }
  return { lead: [], coordinating: [] };
}

/**
 * Reads the tasks of the body's task sections: every item without sub-items is a task, every item
 * with sub-items a group (a section of the task list). Refs follow the document's numbering: "1.1",
 * "2.13", letters "6.1.a" ("đ" as "dd"), bullets and paragraphs by position ("III.4.2"); when more
 * than one section holds tasks, refs start with the section's roman numeral ("II.1", "III.4.2").
 * A task with no agencies of its own takes those of its group heading (the agency a block is
 * addressed to, or the "X chủ trì, phối hợp Y" the heading opens with). Each task keeps the input
 * lines it was read from; group headings are marked in `metadata`, paragraphs outside the numbered
 * items reported in `warnings`.
 *
 * @example
 * const lines = toSourceLines("II. NHIỆM VỤ\n1. Sở Tư pháp\n- Kết nối dữ liệu hộ tịch.");
 * bodyTasks(bodySections(lines, 0, lines.length).sections, new WarningList(), new LineMetadata()).tasks[0] // { ref: "1.1", lead: ["Sở Tư pháp"], … }
 */
export function bodyTasks(sections: BodySection[], warnings: WarningList, metadata: LineMetadata): RawTaskList {
  const taskSections = sections.filter((s) => s.holdsTasks);
  const prefix = taskSections.length > 1;
  const out: RawTaskList = { sections: [], tasks: [], services: [], notes: [] };
  const seenSections = new Set<string>();
  const addSection = (ref: string, title: string) => {
    if (seenSections.has(ref)) return;
    seenSections.add(ref);
    out.sections.push({ ref, title: oneLine(title).replace(/[:;.,]+$/, "") || ref } satisfies RawSection);
  };
  for (const section of taskSections) {
    const built = buildTree(section.blocks);
    // fields right under the section heading ("- Cơ quan chủ trì: …") name the agencies of its tasks
    const sectionFields = section.title ? built.filter((n) => n.children.length === 0 && fieldLike(n.block)) : [];
    const tree = built.filter((n) => !sectionFields.includes(n));
    metadata.mark(
      "group heading",
      sectionFields.flatMap((field) => field.lines),
    );
    const sectionAgencies = sectionFields.length ? readTaskClauses(withFields(section.title, sectionFields)) : null;
    const sectionTerms = sectionAgencies ?? NO_TERMS;
    // paragraphs before or between the numbered items (an introduction) are not tasks
    // a text without sections needs numbered items: its bare paragraphs are prose, not tasks
    const marked = tree.some((n) => n.block.marker) || !section.title;
    const roots = (marked ? tree.filter((n) => n.block.marker) : tree).filter((n) => !refersToAppendix(n));
    for (const node of tree) {
      if (refersToAppendix(node)) {
        warnings.add(node.block.line, "paragraph refers the task list to an appendix (Phụ lục); not imported as a task", node.block.text, node.lines);
      } else if (node.block.unplaced) {
        warnings.add(node.block.line, "list item in a numbering the importer does not read; it could not be placed and was not imported as a task", node.block.text, node.lines);
      } else if (marked && !node.block.marker && section.title) {
        warnings.add(node.block.line, "paragraph of a task section outside its numbered items was not imported as a task", node.block.text, node.lines);
      }
    }
    assignRefs(roots, prefix ? section.ref : "", prefix ? section.ref : "");
    // the agencies and terms of a group, read once for all its tasks
    const groups = new Map<Node, Agencies>();
    const terms = new Map<Node, GroupTerms>();
    // the deadline (product) of a task's nearest group that gives one, else of its section
    const inheritedTerm = (node: Node, key: keyof GroupTerms): string | null => {
      for (let group = node.parent; group; group = group.parent) {
        let given = terms.get(group);
        if (!given) terms.set(group, (given = headingTerms(group.block.text, fieldsOf(group))));
        if (given[key]) return given[key];
      }
      return sectionTerms[key];
    };
    const visit = (node: Node) => {
      const fields = fieldsOf(node);
      if (node.children.length && !isFieldedTask(node)) {
        if (isTaskWithSubtasks(node, fields)) addTask(node, fields, []);
        // a group: its fields (if any) name the agencies of its tasks
        else metadata.mark("group heading", [...node.lines, ...fields.flatMap(subtree).flatMap((field) => field.lines)]);
        node.children.filter((child) => !fields.includes(child)).forEach(visit);
        return;
      }
      addTask(node, fields, isFieldedTask(node) ? notesOf(node) : []);
    };
    const addTask = (node: Node, fields: Node[], notes: Node[]) => {
      const parent = node.parent;
      const sectionRef = parent ? parent.ref : section.ref;
      if (parent) addSection(parent.ref, parent.block.text);
      else addSection(section.ref, section.title);
      const clauses = readTaskClauses(withFields(node.block.text, fields));
      let { lead, coordinating } = clauses;
      // a task takes its group's lead (else its section's) when it names none, and their partners when it names no agency
      const inherit = (agencies: Agencies) => {
        lead = [...agencies.lead];
        if (!coordinating.length) coordinating = [...agencies.coordinating];
      };
      if (!lead.length && parent) {
        let agencies = groups.get(parent);
        if (!agencies) groups.set(parent, (agencies = groupAgencies(parent)));
        inherit(agencies);
      }
      if (!lead.length && sectionAgencies) inherit(sectionAgencies);
      const text = clauses.text || oneLine(node.block.text);
      // "Chủ trì, phối hợp với Công an tỉnh …", "Phối hợp với Sở Tư pháp …": the partners coordinate
      if (!coordinating.length) coordinating = partnersNamed(text);
      out.tasks.push({
        ref: node.ref,
        section: sectionRef,
        text,
        lead,
        coordinating,
        deadline: clauses.deadline ?? inheritedTerm(node, "deadline"),
        product: clauses.product ?? inheritedTerm(node, "product"),
        line: node.block.line,
        lines: [...node.lines, ...[...fields, ...notes].flatMap(subtree).flatMap((field) => field.lines)],
        notes: notes.map((note) => oneLine(note.block.text)),
      } satisfies RawTask);
    };
    roots.forEach(visit);
  }
  return out;
}

/**
 * The items of the body's task sections, in order: those that would be tasks (items without
 * sub-items) and the headings of groups, with their lines.
 *
 * @example
 * const lines = toSourceLines("II. NHIỆM VỤ\n1. Dữ liệu\n1.1. Kết nối.\n2. Số hóa.");
 * bodyItemLines(bodySections(lines, 0, lines.length).sections).map((i) => [i.line, i.group]) // [[2, true], [3, false], [4, false]]
 */
export function bodyItemLines(sections: BodySection[]): { line: number; text: string; lines: number[]; group: boolean }[] {
  const items: { line: number; text: string; lines: number[]; group: boolean }[] = [];
  const visit = (node: Node) => {
    if (isFieldedTask(node)) {
      items.push({ line: node.block.line, text: node.block.text, lines: [...node.lines, ...node.children.flatMap(subtree).flatMap((field) => field.lines)], group: false });
      return;
    }
    items.push({ line: node.block.line, text: node.block.text, lines: node.lines, group: node.children.length > 0 });
    node.children.forEach(visit);
  };
  for (const section of sections.filter((s) => s.holdsTasks))
    buildTree(section.blocks)
      .filter((n) => n.block.marker)
      .forEach(visit);
  return items;
}
