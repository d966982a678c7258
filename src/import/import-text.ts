import type { Adoption, Citation, Plan } from "../model/plan";
import { extractCitations } from "../text/citations";
import { foldForMatch } from "../text/fold";
import { readAbbreviations } from "./abbreviations";
import { type Appendix, findAppendices } from "./appendices";
import { type Block, readBlocks } from "./body-blocks";
import { bodyTargets } from "./body-targets";
import { bodyItemLines, bodySections, bodyTasks } from "./body-tasks";
import { knownPlanId } from "./cited-plans";
import { levelOfIssuer, preambleIssuer, readDocumentHead } from "./document-meta";
import { readFrontMatter } from "./front-matter";
import { type ImportMeta, readImportMeta } from "./import-meta";
import { assemblePlan, type ImportResult, nothingRead, readWithinEngineLimits } from "./import-plan";
import type { RawTaskList } from "./import-types";
import { WarningList } from "./import-warnings";
import { type InputLine, LineMetadata, ranges } from "./line-account";
import { groundsOf, parentsNamed, sameCode } from "./plan-parents";
import { isBlank, type SourceLine, toSourceLines } from "./source-lines";
import { cellReader } from "./table-cells";
import { findTables, type Table } from "./table-read";
import { tableTasks } from "./table-tasks";

const span = (lines: SourceLine[], table: Table) => `${lines[table.start]!.n}–${lines[Math.max(table.start, table.end - 1)]!.n}`;

/** The indexes from `start` up to `end` (excluded). */
const indexRange = (start: number, end: number) => Array.from({ length: Math.max(0, end - start) }, (_, k) => start + k);

/** The body of a document without a task list: all of it preamble. */
const noTaskList = ({ blocks, rules }: ReturnType<typeof readBlocks>) => ({ sections: [], preamble: blocks, pageNumbers: [] as number[], rules });

/** Marks a table's header, repeated headers and rules as metadata, and its section rows as section headings. */
function markTable(table: Table, lines: SourceLine[], metadata: LineMetadata): void {
  metadata.mark("table header", [...indexRange(table.start, table.headerEnd).map((i) => lines[i]!.n), ...table.pageHeaders]);
  metadata.mark("formatting", table.rules);
  for (const item of table.items) if (item.type === "section") metadata.mark("section heading", item.lines);
}

/** Whether an appendix belongs to this plan: no caption, or a caption naming the plan's own number. */
function isOwn(appendix: Appendix, code: string | null): boolean {
  if (!appendix.caption) return true;
  if (!code) return true;
  return sameCode(appendix.caption.code, code);
}

/**
 * Imports a plan from its text (pasted from PDF or Word, or extracted by OCR). Reads the layouts
 * the seed plans use:
 * - numbered paragraphs ("1.", "1.1.", "2.13.", "a)", "-" bullets) in the sections whose heading
 *   announces tasks ("II. NHIỆM VỤ …", "III. PHÂN CÔNG NHIỆM VỤ"), with trailing "(Thời gian thực
 *   hiện: …)" and "(Giao … chủ trì, phối hợp …)" (or several clauses in one bracket, separated by
 *   semicolons), an opening "X chủ trì, phối hợp Y …", or labelled fields ending the paragraph or
 *   on lines of their own ("- Cơ quan chủ trì: …", "- Thời gian thực hiện: …");
 * - task tables with STT / Nhiệm vụ / Chủ trì / Phối hợp / Thời gian / Sản phẩm columns in any
 *   order: tab-separated rows (Word, spreadsheets, markdown pipes), one cell per tab-indented line,
 *   or a PDF table flattened to running text (wrapped cells, repeated page headers), split into its
 *   cells with the agency-name data; roman section rows; a "Thủ tục hành chính" table gives services;
 * - markdown-ish headings (`##`, `**`) and HTML tags are ignored.
 * When a plan has both a body list and an appendix table of tasks, the table is the task list and
 * each body item is reported in `warnings`. Appendices attached from another document ("Kèm theo
 * Quyết định số 06/QĐ-TTg") are not read as the plan's tasks: they are recorded in `adopts` when
 * the corpus knows the document, else reported in `warnings`.
 *
 * Metadata read: code ("Số: …/KH-UBND", else the appendix caption), issue date and place, issuer
 * (header, caption or preamble), level (from the issuer), title (after "KẾ HOẠCH"), every cited
 * document (`extractCitations`), and parents: the plans and decisions the preamble says it
 * implements ("Thực hiện Kế hoạch số …", "Căn cứ Quyết định số …") — the corpus id when known
 * ("qd-06-2022"), else `<kind>-<number>-<year>` ("kh-1403-2022"). `meta` overrides any of them.
 *
 * Never throws on any text: empty or non-plan input gives a plan with no tasks whose `warnings`
 * say why, and so does text the JavaScript engine gives up on (a pattern overflowing V8's regex
 * stack on a run of tens of millions of characters). Throws {@link ImportError} only for an invalid `meta` (e.g. a bad id). Nothing is
 * dropped silently: {@link importPlan} gives the same plan with what each line became.
 *
 * @example
 * const plan = parsePlan(readFileSync("seeds/raw/ninh-hoa-2022.txt", "utf8"), { id: "ninh-hoa-2022" });
 * plan.tasks[0] // { ref: "1.1", section: "1", lead: ["Công an thị xã"], … }
 */
export function parsePlan(text: string, meta: { id: string } & Record<string, unknown>): Plan {
  return importPlan(text, meta).plan;
}

/**
 * Imports a plan from its text as {@link parsePlan} does, and accounts for every non-empty line of
 * the text: part of a task, service or target (its id), metadata (the head and preamble, section, group and
 * appendix headings, table headers, page numbers, formatting), or reported in `plan.warnings` —
 * lines nothing else accounts for get a warning of their own ("line 123 not used: …").
 *
 * @example
 * const { plan, lines } = importPlan(readFileSync("seeds/raw/ninh-hoa-2022.txt", "utf8"), { id: "ninh-hoa-2022" });
 * lines.find((l) => l.use === "task") // { line: 21, use: "task", id: "ninh-hoa-2022:1.1" }
 * plan.warnings[lines.find((l) => l.line === 163).warning].message
 * // "section III. TỔ CHỨC THỰC HIỆN (lines 163–197) does not announce tasks; its text was not imported"
 */
export function importPlan(text: string, meta: { id: string } & Record<string, unknown>): ImportResult {
  return readWithinEngineLimits(text, readImportMeta(meta), "imported-text", readPlanText);
}

/** {@link importPlan} once `meta` is read. */
function readPlanText(text: string, m: ImportMeta): ImportResult {
  const warnings = new WarningList();
  const lines = toSourceLines(typeof text === "string" ? text : "");
  const input: InputLine[] = lines.filter((l) => l.raw.trim() !== "").map((l) => ({ n: l.n, text: l.raw }));
  const metadata = new LineMetadata();
  metadata.mark(
    "formatting",
    input.filter((l) => isBlank(lines[l.n - 1])).map((l) => l.n),
  );
  const notes: string[] = [];
  const empty = (reason: string, line: number | null = null) => {
    warnings.add(line, reason);
    return assemblePlan({
      meta: m,
      method: "imported-text",
      ...nothingRead(),
      notes,
      sourceNote: "Imported from text; nothing could be read as a plan.",
      warnings,
      input,
      metadata,
    });
  };
  if (lines.every((l) => isBlank(l))) return empty("the input is empty");

  const appendices = findAppendices(lines);
  const bodyEnd = appendices[0]?.heading ?? lines.length;
  const front = readFrontMatter(lines, bodyEnd);
  const head = front.head.length ? readDocumentHead(lines, bodyEnd, { pieces: front.head, titleLine: front.titleLine! }) : readDocumentHead(lines, bodyEnd);
  notes.push(...head.notes);
  metadata.mark("preamble", [...front.headLines, ...front.wrapperLines]);
  metadata.mark("closing", front.closingLines);
  if (front.afterClosing.length) {
    warnings.add(
      front.afterClosing[0]!,
      `lines ${ranges(front.afterClosing)} come after the document's closing (recipients, signature) and were not imported`,
      lines[front.afterClosing[0]! - 1]!.text,
      front.afterClosing,
    );
  }
  let code = head.code;
  const own: Appendix[] = [];
  const foreign: Appendix[] = [];
  for (const appendix of appendices) {
    const mine = isOwn(appendix, m.code ?? code);
    if (mine && !code && appendix.caption) code = appendix.caption.code;
    (mine ? own : foreign).push(appendix);
    metadata.mark(
      "appendix heading",
      indexRange(appendix.heading, appendix.bodyStart).map((i) => lines[i]!.n),
    );
  }

  // Tables in the body and in the plan's own appendices
  const tables: { table: Table; title: string }[] = [];
  const read = cellReader();
  for (const table of findTables(lines, 0, bodyEnd, warnings, read)) tables.push({ table, title: "" });
  for (const appendix of own) {
    for (const table of findTables(lines, appendix.bodyStart, appendix.end, warnings, read)) tables.push({ table, title: appendix.title });
  }
  for (const { table } of tables) markTable(table, lines, metadata);
  const taskTables = tables.filter(({ table }) => table.kinds.includes("text"));
  const serviceTables = tables.filter(({ table }) => table.kinds.includes("service") && !table.kinds.includes("text"));

  // The body: its sections and numbered lists
  const body = front.noTaskList ? noTaskList(readBlocks(lines, front.bodyStart, front.bodyStop)) : bodySections(lines, front.bodyStart, front.bodyStop);
  if (body.pageNumbers.length) notes.push(`Page numbers dropped from the body: lines ${ranges(body.pageNumbers)}.`);
  metadata.mark("page number", body.pageNumbers);
  metadata.mark("formatting", body.rules);
  for (const section of body.sections) metadata.mark("section heading", section.headingLines);
  // numeric targets (chỉ tiêu): a section of them, or a list of them under a "Chỉ tiêu" / "Mục tiêu cụ thể" heading
  const targets = bodyTargets(body.sections);
  metadata.mark("group heading", targets.headingLines);
  const targetLines = new Set([...targets.headingLines, ...targets.targets.flatMap((t) => t.lines)]);
  // a task section's list of targets is not tasks
  const taskBody = body.sections.map((s) => (s.holdsTasks ? { ...s, blocks: s.blocks.filter((b) => !b.lines.some((n) => targetLines.has(n))) } : s));
  let list: RawTaskList;
  const layouts: string[] = [];
  if (taskTables.length) {
    list = { sections: [], tasks: [], services: [], notes: [] };
    for (const { table, title } of taskTables) {
      const read = tableTasks(table, title, warnings);
      list.sections.push(...read.sections);
      list.tasks.push(...read.tasks);
      list.notes.push(...read.notes);
      layouts.push(`the ${table.layout === "flat" ? "flattened PDF" : table.layout === "tab-cells" ? "one-cell-per-line" : "tab-separated"} table at lines ${span(lines, table)}`);
    }
    // the tables named in each body item's warning: the first three (every warning naming them all would grow as items × tables)
    const spans = taskTables.map(({ table }) => `lines ${span(lines, table)}`);
    const where = spans.length <= 3 ? spans.join(", ") : `${spans.slice(0, 3).join(", ")} and ${spans.length - 3} more tables`;
    for (const item of bodyItemLines(taskBody)) {
      warnings.add(item.line, `body list ${item.group ? "heading" : "item"} not imported: the plan's task list is its table (${where})`, item.text, item.lines);
    }
  } else {
    list = bodyTasks(taskBody, warnings, metadata);
    const taskSections = body.sections.filter((s) => s.holdsTasks);
    if (list.tasks.length) layouts.push(`the numbered list of ${taskSections.map((s) => (s.title ? `§${s.ref} "${s.title}"` : "the text")).join(", ")}`);
  }
  const allTargets = (s: (typeof body.sections)[number]) => s.blocks.length > 0 && s.blocks.every((b) => b.lines.every((n) => targetLines.has(n)));
  const skipped = body.sections.filter((s) => !s.holdsTasks && !allTargets(s));
  if (skipped.length) notes.push(`Sections not holding tasks, not imported: ${skipped.map((s) => `${s.ref}. ${s.title} (line ${s.line})`).join("; ")}.`);
  for (const section of skipped) {
    const sectionLines = section.blocks.flatMap((b) => b.lines);
    const unread = sectionLines.filter((n) => !targetLines.has(n));
    const [first] = unread;
    const but = unread.length < sectionLines.length ? ` but for its targets (lines ${ranges(sectionLines.filter((n) => targetLines.has(n)))})` : "";
    if (first)
      warnings.add(
        first,
        `section ${section.ref}. ${section.title} (lines ${sectionLines[0]}–${sectionLines.at(-1)}) does not announce tasks; its text was not imported${but}`,
        lines[first - 1]!.text,
        unread,
      );
  }
  notes.push(...list.notes);
  for (const { table } of serviceTables) {
    const read = tableTasks(table, "", warnings);
    list.services.push(...read.services);
    layouts.push(`essential services from the table at lines ${span(lines, table)}`);
  }

  // Lines of the plan's own appendices that no table accounts for
  const covered = new Set<number>();
  for (const { table } of tables) for (let i = table.start; i < table.end; i++) covered.add(i);
  for (const appendix of own) {
    const leftover: number[] = [];
    for (let i = appendix.bodyStart; i < appendix.end; i++) if (!covered.has(i) && !isBlank(lines[i])) leftover.push(i);
    if (leftover.length) {
      const numbers = leftover.map((i) => lines[i]!.n);
      warnings.add(numbers[0]!, `${appendix.label}: lines ${ranges(numbers)} are outside any task table and were not imported`, lines[leftover[0]!]!.text, numbers);
    }
  }

  // Citations, parents, adoptions
  const all = lines.map((l) => l.text).join("\n");
  const ownCode = m.code ?? code;
  const cites: Citation[] = extractCitations(all)
    .filter((c) => !ownCode || !sameCode(c.code, ownCode))
    .map((c) => ({ ...c, ref: knownPlanId(c) }));
  const parents: string[] = [];
  const untitled = body.sections.length === 1 && body.sections[0]!.title === "";
  const preamble = untitled
    ? body.sections[0]!.blocks.slice(
        0,
        Math.max(
          0,
          body.sections[0]!.blocks.findIndex((b) => b.marker),
        ),
      )
    : body.preamble;
  if (front.noTaskList) {
    const text = preamble.flatMap((b) => b.lines);
    warnings.add(text[0] ?? null, `no task list: ${front.noTaskList}`, text[0] ? lines[text[0] - 1]!.text : "", text);
  } else for (const block of preamble) metadata.mark("preamble", block.lines);
  // (not the title: "Thực hiện Đề án 06 trên địa bàn …" names the plan's subject)
  const titleAlone = front.titleLine !== null && lines[front.titleLine]!.text.trim().split(/\s+/).length <= 2;
  const titleBlock = titleAlone ? (lines.slice(front.titleLine! + 1).find((l) => !isBlank(l))?.n ?? -1) : -1;
  // (a block opening "Căn cứ …" or ending like a sentence is grounds even right after the title word)
  const isTitle = (block: Block) => block.line === titleBlock && !/^can cu\b/.test(foldForMatch(block.text)) && !/[.;:,]$/.test(block.text.trim());
  const grounds = preamble.map((block) => groundsOf(block, lines, isTitle(block)));
  parents.push(...parentsNamed([...front.grounds, ...grounds], ownCode));
  const adopts: Adoption[] = [];
  for (const appendix of foreign) {
    const caption = appendix.caption!;
    const id = knownPlanId(caption);
    const titled = foldForMatch(appendix.title);
    const what = `${appendix.label} (lines ${lines[appendix.heading]!.n}–${lines[appendix.end - 1]!.n}), attached from ${caption.kind} ${caption.code}`;
    const appendixLines = indexRange(appendix.heading, appendix.end).map((i) => lines[i]!.n);
    if (id) {
      const tasks = /nhiem vu|giai phap/.test(titled);
      const services = /thu tuc hanh chinh|dich vu cong/.test(titled);
      const existing = adopts.find((a) => a.plan === id);
      if (existing) {
        existing.tasks ||= tasks;
        existing.services ||= services;
        existing.note += `; ${what}`;
      } else adopts.push({ plan: id, tasks, services, note: `Attaches ${what}` });
      notes.push(`${what}: not imported as this plan's ${tasks ? "tasks" : "list"}; recorded as adopted from ${id}.`);
      metadata.mark("adopted appendix", appendixLines);
    } else {
      warnings.add(lines[appendix.heading]!.n, `${what}: not imported, the document it comes from is not in the corpus`, appendix.title, appendixLines);
    }
  }

  for (const a of adopts) a.note = `${a.note}.`;
  const issuer = head.issuer ?? own.find((a) => a.caption?.issuer)?.caption?.issuer ?? preambleIssuer(preamble.map((b) => b.text).join(" "));
  const issuedOn = head.issuedOn ?? (head.notes.some((n) => n.includes("blank day")) ? null : (own.find((a) => a.caption?.date)?.caption?.date ?? null));
  if (!issuedOn && m.issuedOn === undefined) {
    const blank = head.notes.find((n) => n.includes("blank day"));
    warnings.add(
      null,
      blank
        ? `no issue date: the header's date is left blank; issuedOn is null`
        : "no issue date: the document's header gives none (dates of the documents it cites are not its own); issuedOn is null",
    );
  }
  if (!list.tasks.length && !front.noTaskList) {
    const inAppendix = warnings.items.some((w) => w.message.startsWith("paragraph refers the task list to an appendix"));
    const why = inAppendix
      ? "the task list is in an appendix (Phụ lục) the text does not include"
      : body.sections.length && !body.sections.some((s) => s.holdsTasks)
        ? "no section announces tasks (NHIỆM VỤ, NỘI DUNG, PHÂN CÔNG …)"
        : "no numbered task list or task table was found";
    warnings.add(null, `no tasks were read: ${why}`);
  }
  return assemblePlan({
    meta: m,
    method: "imported-text",
    code,
    title: head.title ?? (own[0]?.title || null),
    issuer: issuer ? issuer.replace(/^(?:Ủy|Uỷ) ban nhân dân\b/u, "UBND") : null,
    level: issuer ? levelOfIssuer(issuer, m.issuedOn ?? issuedOn) : null,
    place: head.place,
    issuedOn,
    parents,
    cites,
    adopts,
    sections: list.sections,
    tasks: list.tasks,
    services: list.services,
    targets: targets.targets,
    abbreviations: readAbbreviations(all),
    notes,
    sourceNote: layouts.length ? `Imported from ${layouts.join("; ")}.` : "Imported from text; no task list was found.",
    warnings,
    input,
    metadata,
  });
}
