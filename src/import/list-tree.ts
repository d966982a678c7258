import { readAgencyList } from "../text/agency-list";
import { TASK_VERBS } from "../text/agency-names";
import { foldForMatch } from "../text/fold";
import { TOPIC_HEADING_OPENERS } from "../text/plan-words";
import { hasAtMostWords, trimEndMatching } from "../text/runs";
import type { Block } from "./body-blocks";
import { oneLine } from "./import-types";
import { isLabelledClause, type LabelKind, labelKind } from "./task-clauses";

// The tree of a task section's items: numbered, lettered, bracketed and bulleted items with their
// sub-items and labelled fields ("- Cơ quan chủ trì: …"), and the refs the document's numbering gives them.

/** A numbered, lettered or bulleted item of a task section, with its sub-items.
 *
 * @example
 * const [node] = buildTree(readBlocks(toSourceLines("1. Kết nối dữ liệu."), 0, 1).blocks); node.ref // "" until assignRefs
 */
export interface Node {
  block: Block;
  /** The input lines of its block and of the paragraphs that continue it. */
  lines: number[];
  level: number;
  children: Node[];
  /** How many of the children (fields aside) are numbered, lettered or bulleted. */
  markedChildren: number;
  /** How many of the children are not fields. */
  items: number;
  /** The last character of its text that is not a space (kept as text is added: reading a long joined text's end is slow). */
  end: string;
  ref: string;
  parent: Node | null;
  /**
   * Whether it is a labelled field of the item above ("Cơ quan chủ trì: …", "- Thời gian thực
   * hiện: …"), unmarked or bulleted; its sub-items, if any, are its value (a list of agencies).
   */
  field: boolean;
  /** What its label introduces, when it is a field (read once: a field's text grows as its value's lines join it). */
  label: LabelKind | null;
}

/** What a paragraph that reads as a labelled field introduces (unmarked or bulleted, "Cơ quan chủ trì: …"); null for any other. */
const fieldLabel = (block: Block): LabelKind | null => (!block.marker || block.marker.kind === "bullet" ? labelKind(block.text) : null);

/** Whether a paragraph reads as a labelled field.
 *
 * @example
 * fieldLike({ line: 1, lastLine: 1, lines: [1], marker: null, text: "Cơ quan chủ trì: Sở Tư pháp", afterBlank: true }) // true
 */
export const fieldLike = (block: Block): boolean => fieldLabel(block) !== null;

/** A new node of the tree, added to its parent's children (or to `roots`). */
function addNode(block: Block, level: number, parent: Node | null, roots: Node[]): Node {
  const label = parent !== null ? fieldLabel(block) : null;
  const field = label !== null;
  const node: Node = { block, lines: [...block.lines], level, children: [], markedChildren: 0, items: 0, ref: "", parent, field, label, end: lastVisible(block.text) };
  (parent ? parent.children : roots).push(node);
  if (parent && !field) parent.items++;
  if (parent && block.marker && !field) parent.markedChildren++;
  return node;
}

/** The last character of a text that is not a space. */
function lastVisible(text: string): string {
  let end = text.length;
  while (end > 0 && /\s/.test(text[end - 1]!)) end--;
  return end ? text[end - 1]! : "";
}

/**
 * Whether a field's value goes on below it: its label has no value yet ("Cơ quan chủ trì:") or
 * its list of agencies ends in a comma or semicolon ("Cơ quan phối hợp: Phòng Tư pháp;").
 */
const valueGoesOn = (field: Node): boolean => field.children.length === 0 && field.end !== "" && ":;,".includes(field.end);

/** Whether a field gives its label and no value yet ("Cơ quan chủ trì:"): the lines below are its value. */
const awaitsValue = (field: Node): boolean => field.children.length === 0 && field.end === ":";

/** The field a value node or field node belongs to (a node under a field is part of its value). */
const fieldOf = (node: Node | null): Node | null => (node?.field ? node : node?.parent?.field ? node.parent : null);

/** The item a field, a field's value or an item itself belongs to. */
const itemOf = (node: Node): Node => fieldOf(node)?.parent ?? node;

function levelOf(block: Block): number {
  const marker = block.marker;
  if (!marker) return 100;
  switch (marker.kind) {
    case "roman":
      return 0;
    case "number":
      return marker.parts.length;
    case "letter":
      return 10;
    case "lead-in":
      return 5;
    case "paren":
      return 15;
    case "bullet":
      return marker.symbol === "-" ? 20 : marker.symbol === "+" ? 21 : 22;
  }
}

/** A short line without final punctuation: a heading such as "3. Sở Thông tin và Truyền thông".
 *
 * @example
 * headingLike("3. Sở Thông tin và Truyền thông") // true
 */
export function headingLike(text: string): boolean {
  return hasAtMostWords(text, 12) && !/[.;]$/.test(text.trim());
}

/**
 * Whether a line can be part of a field's value: an agency field's value names agencies, so a line
 * that opens like a task or a topic ("- Xây dựng quy chế …" after "- Cơ quan phối hợp:" and its
 * "- Phòng Tư pháp;" lines) is the next task, not one more agency.
 */
function canBeValue(field: Node, block: Block): boolean {
  return (field.label !== "lead" && field.label !== "coordinating") || !namesTopic(block.text);
}

/** Builds the tree of items of a section.
 *
 * @example
 * buildTree(readBlocks(toSourceLines("1. Dữ liệu\n1.1. Kết nối."), 0, 2).blocks)[0].children.length // 1
 */
export function buildTree(blocks: Block[]): Node[] {
  const roots: Node[] = [];
  const stack: Node[] = [];
  let last: Node | null = null;
  for (const block of blocks) {
    if (block.unplaced) {
      // an item in a numbering not read here: on its own, reported, never part of the item above
      last = addNode(block, 100, null, roots);
      continue;
    }
    const labelled = isLabelledClause(block.text);
    const field = fieldOf(last);
    if (field && !labelled && !block.afterBlank) {
      // the value of a field on the lines below it: "Cơ quan chủ trì:" / "Công an huyện", a list
      // wrapped after its semicolons, or "Cơ quan phối hợp:" over "+ Phòng Tư pháp" lines
      if (!block.marker && last === field && valueGoesOn(field) && canBeValue(field, block) && (awaitsValue(field) || readAgencyList(trimEndMatching(block.text, /[\s.;,]/u)).ok)) {
        field.block = { ...field.block, text: `${field.block.text} ${block.text}`, lastLine: block.lastLine };
        field.end = lastVisible(block.text) || field.end;
        for (const n of block.lines) field.lines.push(n);
        continue;
      }
      if (
        block.marker?.kind === "bullet" &&
        canBeValue(field, block) &&
        (awaitsValue(field) || (last !== field && last!.block.marker?.kind === "bullet" && last!.block.marker.symbol === block.marker.symbol))
      ) {
        last = addNode(block, levelOf(block), field, roots);
        continue;
      }
    }
    // after a field, the text goes on from the item it belongs to
    if (last && fieldOf(last)) last = itemOf(last);
    // (a bullet after a bulleted item at its level is that item's field, unless the item is itself a labelled line: "- Nội dung: …")
    const afterBullet = block.marker?.kind === "bullet" && last?.level === levelOf(block) && !OTHER_FIELD.test(oneLine(last.block.text));
    if (labelled && last && (!block.marker || afterBullet)) {
      // a field of the item above: on a line of its own, or a bullet after a bulleted item (fields
      // that open a section, before any item, stay at its root: they are the section's)
      const sectionField = last.parent === null && isLabelledClause(last.block.text);
      last = addNode(block, levelOf(block), sectionField ? null : last, roots);
      if (block.marker) stack.push(last);
      continue;
    }
    if (!block.marker) {
      const top = stack.at(-1);
      const items = top?.items ?? 0;
      const plainGroup = top && items > 0 && top.markedChildren === 0;
      if (!block.text.startsWith("(") && top && ((items === 0 && last === top && headingLike(top.block.text)) || (plainGroup && last?.parent === top))) {
        last = addNode(block, 100, top, roots);
        continue;
      }
      if (last) {
        last.block = { ...last.block, text: `${last.block.text} ${block.text}`, lastLine: block.lastLine };
        last.end = lastVisible(block.text) || last.end;
        for (const n of block.lines) last.lines.push(n);
        continue;
      }
      last = addNode(block, 100, null, roots);
      continue;
    }
    const level = levelOf(block);
    while (stack.length && stack.at(-1)!.level >= level) stack.pop();
    last = addNode(block, level, stack.at(-1) ?? null, roots);
    // (an item read from inside a paragraph takes no sub-items: what follows belongs to the paragraph's item)
    if (!block.inline) stack.push(last);
  }
  return roots;
}

/**
 * Gives every node its ref: dotted numbers as written ("2.13", they carry their parents), single
 * numbers and letters after their parent's ref, bullets and paragraphs by position among them.
 *
 * @example
 * const tree = buildTree(readBlocks(toSourceLines("1. Dữ liệu\na) Kết nối."), 0, 2).blocks); assignRefs(tree, "", ""); tree[0].children[0].ref // "1.a"
 */
export function assignRefs(nodes: Node[], parentRef: string, sectionPrefix: string): void {
  const join = (a: string, b: string) => (a ? `${a}.${b}` : b);
  let ordinal = 0;
  for (const node of nodes) {
    const marker = node.block.marker;
    if (marker?.kind === "number") node.ref = marker.parts.length > 1 ? join(sectionPrefix, marker.label) : join(parentRef, marker.label);
    else if (marker?.kind === "letter") node.ref = join(parentRef, marker.label === "đ" ? "dd" : marker.label);
    else if (marker?.kind === "paren") node.ref = join(parentRef, marker.label);
    // (a field is not counted: the bullets after a task's fields number from 1)
    else node.ref = join(parentRef, node.field ? "field" : String(++ordinal));
    assignRefs(node.children, node.ref, sectionPrefix);
  }
}

/** The sub-items of an item that are its labelled fields ("- Cơ quan chủ trì: …", "- Thời gian thực hiện: …"), not tasks.
 *
 * @example
 * fieldsOf(node).map((f) => f.block.text) // ["Cơ quan chủ trì: Sở Tư pháp"]
 */
export const fieldsOf = (node: Node): Node[] => node.children.filter((child) => child.field);

/** A node and the nodes under it, in document order.
 *
 * @example
 * subtree(tree[0]).length // the item and every item under it
 */
export const subtree = (node: Node): Node[] => [node, ...node.children.flatMap(subtree)];

/** An item whose sub-items are all its fields: a task written over several lines, not a group.
 *
 * @example
 * isFieldedTask(node) // true for "1. Kết nối." over "- Cơ quan chủ trì: …" only
 */
export const isFieldedTask = (node: Node): boolean => node.children.length > 0 && fieldsOf(node).length + notesOf(node).length === node.children.length;

// "Kinh phí: Ngân sách huyện": a short label (at most four words) and a colon
const OTHER_FIELD = /^(?:[^\s:]+\s+){0,3}[^\s:]+\s*:\s*\S/u;

/**
 * The sub-items of an item with fields that are other labelled lines ("- Kinh phí: Ngân sách
 * huyện", "- Nội dung: …"): kept as the task's notes, not read as tasks. None when the item has
 * no field.
 *
 * @example
 * notesOf(node).map((n) => n.block.text) // ["Kinh phí: Ngân sách huyện"]
 */
export function notesOf(node: Node): Node[] {
  if (!node.children.some((child) => child.field)) return [];
  return node.children.filter((child) => !child.field && child.children.length === 0 && (!child.block.marker || child.block.marker.kind === "bullet") && OTHER_FIELD.test(oneLine(child.block.text)));
}

/**
 * @example
 * TOPIC_OPENERS.includes("nhom") // true
 */
export const TOPIC_OPENERS = TOPIC_HEADING_OPENERS.map(foldForMatch);
const TASK_OPENERS = TASK_VERBS.map(foldForMatch);

/** Whether a text opens with one of `openers` (folded words).
 *
 * @example
 * opensWith("Nhóm tiện ích", TOPIC_OPENERS) // true
 */
export function opensWith(text: string, openers: readonly string[]): boolean {
  const folded = `${foldForMatch(text)} `;
  return openers.some((opener) => folded.startsWith(`${opener} `));
}

/** Whether a heading or line opens like a topic ("Nhóm tiện ích …", "Về …") or a task ("Triển khai …"), not an agency's name.
 *
 * @example
 * namesTopic("Triển khai kết nối") // true
 */
export const namesTopic = (text: string): boolean => opensWith(text, TOPIC_OPENERS) || opensWith(text, TASK_OPENERS);
