// Synthetic corpus for the benchmark (npm run bench): local plans made from the real seed tasks of
// the built-in corpus with the edits local plans make, seeded and reproducible, with their true
// links known.
//
// Seed tasks: the 52 national tasks of 06/QĐ-TTg (true link: themselves), the hand-labelled
// derived tasks of the built-in local plans (test/fixtures/links-*.json: `national` required,
// `also` acceptable) and the labelled local-only tasks (no required link). Edits: tasks dropped,
// two tasks merged into one text, a national task carried by two local tasks, rewording (verb and
// agency swaps, "trên địa bàn tỉnh"), abbreviations (CSDLQG, TTHC, DVC …), diacritics stripped,
// OCR-like character noise, shifted deadlines, local-only tasks added. Plan k is the same at
// every corpus size (its randomness depends on the seed and k only), so a larger corpus extends a
// smaller one.
import { fileURLToPath } from "node:url";
import { type LabelFile, readLabels } from "../scripts/labels";
import { plans as builtInPlans, getPlan, rootPlan } from "../src/corpus/index";
import { parseDeadline } from "../src/deadline/parse";
import type { Agency } from "../src/model/agency";
import type { Deadline } from "../src/model/deadline";
import type { Plan, PlanLevel } from "../src/model/plan";
import type { Task } from "../src/model/task";
import { normalizeAgency } from "../src/text/agency";
import { foldDiacritics } from "../src/text/fold";
import { distinctTexts, placeName, rewordOnce, Wordings, wordingStyle } from "./novel";

const FIXTURES = fileURLToPath(new URL("../test/fixtures/", import.meta.url));

/** Plans per province: `compare` is measured on all pairs of one province. */
export const PLANS_PER_PROVINCE = 100;

/** mulberry32: a tiny seeded PRNG, uniform in [0, 1). */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** A seeded source of numbers in [0, 1). */
export type Rng = () => number;
const pick = <T>(rng: Rng, list: readonly T[]): T => list[Math.floor(rng() * list.length)]!;
const between = (rng: Rng, lo: number, hi: number) => lo + Math.floor(rng() * (hi - lo + 1));

/** A seed task: text, agencies, deadline, and the national refs it truly implements. */
interface SeedTask {
  text: string;
  lead: readonly string[];
  coordinating: readonly string[];
  deadline: string;
  /** National refs it implements (required links). */
  national: readonly string[];
  /** National refs it may acceptably be linked to as well. */
  also: readonly string[];
  /** National section of its first required link (for the local plan's sections). */
  section: string | null;
}

interface SeedPool {
  national: SeedTask[];
  /** national ref → labelled local tasks that implement it (first required link) */
  variants: Map<string, SeedTask[]>;
  local: SeedTask[];
}

let pool: SeedPool | null = null;

function seedPool(): SeedPool {
  if (pool) return pool;
  const sectionOf = new Map(rootPlan.tasks.map((t) => [t.ref, t.section]));
  const national: SeedTask[] = rootPlan.tasks.map((t) => ({
    text: t.text,
    lead: t.lead,
    coordinating: t.coordinating,
    deadline: t.deadline.raw,
    national: [t.ref],
    also: [],
    section: t.section,
  }));
  const variants = new Map<string, SeedTask[]>();
  const local: SeedTask[] = [];
  for (const labels of readLabels(FIXTURES) as LabelFile[]) {
    const plan = getPlan(labels.plan);
    const byRef = new Map(plan.tasks.map((t) => [t.ref, t]));
    for (const l of labels.tasks) {
      const task = byRef.get(l.ref);
      if (!task) continue;
      const seed: SeedTask = {
        text: task.text,
        lead: task.lead,
        coordinating: task.coordinating,
        deadline: task.deadline.raw,
        national: l.national,
        also: l.also,
        section: l.national[0] ? (sectionOf.get(l.national[0]) ?? null) : null,
      };
      if (l.kind === "local" || l.national.length === 0) local.push(seed);
      else variants.set(l.national[0]!, [...(variants.get(l.national[0]!) ?? []), seed]);
    }
  }
  pool = { national, variants, local };
  return pool;
}

// ---------------------------------------------------------------------------------------------
// Edits

const VERB_SWAPS: readonly [RegExp, readonly string[]][] = [
  [/^Ban hành/u, ["Triển khai thực hiện", "Tổ chức thực hiện", "Tham mưu ban hành"]],
  [/^Trình Chính phủ ban hành/u, ["Triển khai thực hiện", "Tổ chức triển khai"]],
  [/^Xây dựng/u, ["Tham mưu xây dựng", "Tổ chức xây dựng"]],
  [/^Triển khai/u, ["Tổ chức triển khai", "Tiếp tục triển khai"]],
  [/^Nghiên cứu/u, ["Tham mưu, nghiên cứu", "Chủ động nghiên cứu"]],
  [/^Hoàn thiện/u, ["Rà soát, hoàn thiện"]],
  [/^Thực hiện/u, ["Tổ chức thực hiện", "Triển khai thực hiện"]],
  [/^Kết nối/u, ["Thực hiện kết nối", "Phối hợp kết nối"]],
  [/^Tích hợp/u, ["Phối hợp tích hợp"]],
];

const AGENCY_SWAPS: readonly [RegExp, string][] = [
  [/Bộ Công an/gu, "Công an tỉnh"],
  [/các bộ, ngành, địa phương/giu, "các sở, ban, ngành, địa phương"],
  [/Bộ Thông tin và Truyền thông/gu, "Sở Thông tin và Truyền thông"],
  [/Bộ Tư pháp/gu, "Sở Tư pháp"],
  [/Bộ Y tế/gu, "Sở Y tế"],
  [/Bộ Lao động - Thương binh và Xã hội/gu, "Sở Lao động - Thương binh và Xã hội"],
  [/Bộ Giáo dục và Đào tạo/gu, "Sở Giáo dục và Đào tạo"],
  [/toàn quốc/gu, "toàn tỉnh"],
  [/thành phố Huế/gu, "tỉnh"],
];

// The abbreviations administrative plans write: the programme's own and the general ones (CNTT,
// CĐS, CCHC …), longer phrases before the phrases inside them.
const ABBREVIATE: readonly [RegExp, string][] = [
  [/Cơ sở dữ liệu quốc gia/giu, "CSDLQG"],
  [/cơ sở dữ liệu/giu, "CSDL"],
  [/cải cách hành chính/giu, "CCHC"],
  [/thủ tục hành chính/giu, "TTHC"],
  [/dịch vụ công trực tuyến/giu, "DVCTT"],
  [/dịch vụ công/giu, "DVC"],
  [/(thẻ )?căn cước công dân/giu, "CCCD"],
  [/Ủy ban nhân dân/gu, "UBND"],
  [/tài khoản định danh điện tử/giu, "TKĐDĐT"],
  [/định danh điện tử/giu, "ĐDĐT"],
  [/công nghệ thông tin/giu, "CNTT"],
  [/chuyển đổi số/giu, "CĐS"],
  [/an toàn thông tin/giu, "ATTT"],
  [/an ninh mạng/giu, "ANM"],
  [/an ninh,? trật tự/giu, "ANTT"],
  [/hệ thống thông tin/giu, "HTTT"],
  [/thông tin điện tử/giu, "TTĐT"],
  [/trung tâm dữ liệu/giu, "TTDL"],
  [/văn bản quy phạm pháp luật/giu, "VBQPPL"],
  [/quản lý nhà nước/giu, "QLNN"],
  [/cơ quan nhà nước/giu, "CQNN"],
  [/cán bộ, công chức, viên chức/giu, "CBCCVC"],
  [/doanh nghiệp/giu, "DN"],
  [/dữ liệu dân cư/giu, "DLDC"],
  [/giấy phép lái xe/giu, "GPLX"],
  [/lý lịch tư pháp/giu, "LLTP"],
  [/xuất nhập cảnh/giu, "XNC"],
  [/ngân sách nhà nước/giu, "NSNN"],
  [/Ban Chỉ đạo/gu, "BCĐ"],
  [/khám,? chữa bệnh/giu, "KCB"],
  [/bảo hiểm thất nghiệp/giu, "BHTN"],
  [/hành chính công/giu, "HCC"],
  [/phản ánh,? kiến nghị/giu, "PAKN"],
  [/kinh tế\s*[-–]\s*xã hội/giu, "KT-XH"],
  [/Bảo hiểm xã hội/gu, "BHXH"],
  [/Thông tin và Truyền thông/gu, "TT&TT"],
];

/**
 * A string as a document reader gives it: one flat string. Edits by concatenation and slicing
 * leave V8 ropes and slices that keep the earlier versions alive; a corpus read from files holds
 * none of them, and neither should the benchmark's (its memory is measured).
 */
const flat = (text: string): string => JSON.parse(JSON.stringify(text)) as string;

const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
const stripFinal = (text: string) => text.replace(/[.;\s]+$/u, "");

function reword(rng: Rng, text: string, place: string): string {
  let out = text;
  const swap = VERB_SWAPS.find(([pattern]) => pattern.test(out));
  if (swap && rng() < 0.7) out = out.replace(swap[0], pick(rng, swap[1]));
  else if (!swap && rng() < 0.3) out = `Triển khai ${lowerFirst(out)}`;
  for (const [pattern, replacement] of AGENCY_SWAPS) out = out.replace(pattern, replacement);
  if (rng() < 0.5) out = `${stripFinal(out)} trên địa bàn ${place}`;
  return out;
}

/** The programme's usual abbreviations put in ("cơ sở dữ liệu" → "CSDL"), each with probability 0.8. */
export function abbreviate(rng: Rng, text: string): string {
  let out = text;
  for (const [pattern, abbr] of ABBREVIATE) if (rng() < 0.8) out = out.replace(pattern, abbr);
  return out;
}

// OCR confusions of a scanned plan without diacritics (the seed's OCR copy has "dir liéu", "qudc gia").
const OCR_CONFUSIONS: readonly [string, string][] = [
  ["u", "ir"],
  ["o", "d"],
  ["m", "rn"],
  ["n", "ri"],
  ["e", "c"],
  ["h", "li"],
  ["a", "o"],
  ["i", "l"],
];

/** OCR confusions ("u" → "ir", "o" → "d" …) in a share `rate` of the words of three letters or more. */
export function ocrNoise(rng: Rng, text: string, rate: number): string {
  return text.replace(/\p{L}{3,}/gu, (word) => {
    if (rng() >= rate) return word;
    const candidates = OCR_CONFUSIONS.filter(([from]) => word.includes(from));
    if (!candidates.length) return word;
    const [from, to] = pick(rng, candidates);
    const at = word.indexOf(from);
    return word.slice(0, at) + to + word.slice(at + from.length);
  });
}

const ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"];
const QUARTERS = ["I", "II", "III", "IV"];

function shiftDeadline(rng: Rng, raw: string, year: number): string {
  const r = rng();
  if (/thường xuyên/iu.test(raw) || r < 0.08) return "Thường xuyên";
  if (r < 0.35) return raw;
  if (r < 0.55) return `Quý ${pick(rng, QUARTERS)} năm ${year + between(rng, 0, 1)}`;
  if (r < 0.75) return `Tháng ${between(rng, 1, 12)}/${year + between(rng, 0, 1)}`;
  if (r < 0.85) return `Năm ${year + between(rng, 0, 2)}`;
  if (r < 0.95) return `Trước ngày ${String(between(rng, 1, 28)).padStart(2, "0")}/${String(between(rng, 1, 12)).padStart(2, "0")}/${year + 1}`;
  return "";
}

function localAgencies(rng: Rng, names: readonly string[], level: PlanLevel): string[] {
  const where = level === "province" ? "tỉnh" : "xã";
  return names.map((name) => {
    let out = name;
    for (const [pattern, replacement] of AGENCY_SWAPS) out = out.replace(pattern, replacement);
    out = out.replace(/^Bộ /u, "Sở ").replace(/thành phố|thị xã|TP\.?$/u, where);
    return intern(level === "commune" && rng() < 0.3 ? `UBND ${where}` : out);
  });
}

// ---------------------------------------------------------------------------------------------
// Plans

// Like an importer's caches: identical deadlines (same text, same issue date) share one parsed,
// read-only Deadline; identical agency names share one string and one Agency. Without them the
// corpus alone would hold ~1 KB more per task; the linker never relies on this sharing.
const deadlines = new Map<string, Deadline>();
const deadlineOf = (raw: string, issuedOn: string): Deadline => {
  const key = `${issuedOn}\u0000${raw}`;
  let deadline = deadlines.get(key);
  if (!deadline) deadlines.set(key, (deadline = parseDeadline(raw, { issuedOn })));
  return deadline;
};
const agencyNames = new Map<string, string>();
const intern = (name: string) => {
  const known = agencyNames.get(name);
  if (known !== undefined) return known;
  agencyNames.set(name, name);
  return name;
};
const agencies = new Map<string, Agency>();
const agencyOf = (name: string): Agency => {
  let agency = agencies.get(name);
  if (!agency) agencies.set(name, (agency = normalizeAgency(name)));
  return agency;
};

/** The true links of a generated plan, in the format of the labelled link files. */
export type TruthFile = LabelFile;

/** A generated corpus: plans, their true links (null where not kept), provinces (lists of plans), and its wordings. */
export interface Corpus {
  plans: Plan[];
  truth: (TruthFile | null)[];
  provinces: Plan[][];
  tasks: number;
  stream: Stream;
  /** Distinct task texts (by hash: a lower bound, equal to `tasks` when none repeats), and how many texts needed further edits or a place name to be new. */
  wordings: { distinct: number; reedited: number; placed: number };
}

interface Style {
  stripped: boolean;
  ocr: boolean;
  abbreviations: number;
  reword: number;
  drop: number;
  merge: number;
  split: number;
  variant: number;
  local: number;
  genericSections: boolean;
}

function styleOf(rng: Rng): Style {
  const stripped = rng() < 0.15;
  return {
    stripped,
    ocr: stripped && rng() < 0.5,
    abbreviations: pick(rng, [0, 0.2, 0.6]),
    reword: 0.2 + rng() * 0.5,
    drop: 0.05 + rng() * 0.25,
    merge: 0.03 + rng() * 0.09,
    split: 0.1 + rng() * 0.2,
    variant: 0.2 + rng() * 0.4,
    local: between(rng, 8, 18),
    genericSections: rng() < 0.3,
  };
}

interface Draft extends SeedTask {
  sectionKey: string;
}

/**
 * The streams of the generator. `novel`: every task reworded in its plan's own style (synonyms,
 * dropped words, listed items reordered, words added) and no task text repeats one written before
 * in the corpus. `copying`: the same, except that a commune's plan copies some of its province's
 * tasks word for word, as communes do (a wording then repeats across a province).
 */
export type Stream = "novel" | "copying";

/** What a plan is generated with beyond its number: the stream and the corpus so far. */
export interface PlanContext {
  stream: Stream;
  /** The wordings of the corpus so far (novel wording: none repeats). */
  wordings?: Wordings;
  /** Copying stream: the province plan's tasks, by the national ref they implement first. */
  province?: Map<string, { text: string; national: string[]; also: string[] }>;
}

/** Generates plan number `k` (0-based) of the synthetic corpus. */
export function generatePlan(k: number, seed = 6, context: PlanContext = { stream: "novel" }): { plan: Plan; truth: TruthFile } {
  const rng = mulberry32((seed * 0x9e3779b1) ^ Math.imul(k + 1, 0x85ebca6b));
  const { national, variants, local } = seedPool();
  const style = styleOf(rng);
  const wording = wordingStyle(rng);
  const copyRate = context.province ? 0.3 + rng() * 0.6 : 0;
  const province = Math.floor(k / PLANS_PER_PROVINCE);
  const isProvince = k % PLANS_PER_PROVINCE === 0;
  const level: PlanLevel = isProvince ? "province" : "commune";
  const place = isProvince ? "tỉnh" : "xã";
  const year = 2022 + (k % 5);
  const issuedOn = `${year}-${String(1 + (k % 12)).padStart(2, "0")}-${String(1 + (k % 28)).padStart(2, "0")}`;
  const id = isProvince ? `syn-p${province}` : `syn-p${province}-c${k % PLANS_PER_PROVINCE}`;
  const parentId = isProvince ? rootPlan.id : `syn-p${province}`;

  // Choose the tasks: national tasks (or a labelled local wording of one), some dropped, some
  // merged with the next, some carried by two local tasks; then local-only tasks.
  const drafts: Draft[] = [];
  for (let i = 0; i < national.length; i++) {
    if (rng() < style.drop) continue;
    const base = national[i]!;
    const options = variants.get(base.national[0]!) ?? [];
    const source = options.length && rng() < style.variant ? pick(rng, options) : base;
    let draft: Draft = { ...source, sectionKey: source.section ?? "local" };
    if (i + 1 < national.length && rng() < style.merge) {
      const next = national[++i]!;
      draft = {
        ...draft,
        text: `${stripFinal(draft.text)}; ${lowerFirst(next.text)}`,
        national: [...draft.national, ...next.national],
        also: [...draft.also, ...next.also],
      };
    }
    drafts.push(draft);
    if (options.length && rng() < style.split) {
      const extra = pick(rng, options);
      if (extra !== source) drafts.push({ ...extra, sectionKey: draft.sectionKey });
    }
  }
  for (let n = 0; n < style.local; n++) {
    const source = pick(rng, local);
    drafts.push({ ...source, sectionKey: rng() < 0.5 ? "local" : pick(rng, ROMAN.slice(0, 6)) });
  }

  // Sections: the national sections used, in order, then local ones.
  const keys = [...new Set(drafts.map((d) => d.sectionKey))].sort((a, b) => sectionOrder(a) - sectionOrder(b));
  const rootSections = new Map(rootPlan.sections.map((s) => [s.ref, s.title]));
  const sections = keys.map((key, i) => {
    const title = key === "local" || style.genericSections ? pick(rng, GENERIC_SECTIONS) : rootSections.get(key)!;
    return { key, ref: ROMAN[i] ?? String(i + 1), title: style.stripped ? foldDiacritics(title) : rng() < 0.3 ? title.toUpperCase() : title };
  });
  const refOf = new Map(sections.map((s) => [s.key, s.ref]));

  const counters = new Map<string, number>();
  const tasks: Task[] = [];
  const truth: TruthFile = { plan: id, tasks: [] };
  for (const draft of drafts) {
    const sectionRef = refOf.get(draft.sectionKey)!;
    const n = (counters.get(sectionRef) ?? 0) + 1;
    counters.set(sectionRef, n);
    const ref = `${sectionRef}.${n}`;
    const copied = copyRate && draft.national.length ? context.province!.get(draft.national[0]!) : undefined;
    let text: string;
    if (copied && rng() < copyRate) {
      text = copied.text;
      draft.national = copied.national;
      draft.also = copied.also;
    } else {
      let raw = rewordOnce(rng, draft.text, wording);
      if (rng() < style.reword) raw = reword(rng, raw, place);
      if (style.abbreviations && rng() < style.abbreviations) raw = abbreviate(rng, raw);
      const render = (words: string) => {
        let out = style.stripped ? foldDiacritics(words) : words;
        if (style.ocr) out = ocrNoise(rng, out, 0.12);
        return out;
      };
      text = context.wordings ? context.wordings.novel(rng, raw, render, wording, placeName(k, isProvince)) : render(raw);
    }
    const deadline = shiftDeadline(rng, draft.deadline, year);
    tasks.push({
      id: flat(`${id}:${ref}`),
      ref,
      section: sectionRef,
      text: flat(text),
      lead: localAgencies(rng, draft.lead, level),
      coordinating: localAgencies(rng, draft.coordinating, level),
      deadline: deadlineOf(deadline, issuedOn),
      product: null,
      line: null,
      ocr: null,
      uncertain: [],
      notes: [],
    });
    truth.tasks.push({ ref, national: draft.national as string[], also: draft.also as string[], kind: draft.national.length ? "derived" : "local" });
  }

  const parentCode = isProvince ? rootPlan.code : `${province + 1}/KH-UBND`;
  const plan: Plan = {
    id,
    code: `${k + 1}/KH-UBND`,
    title: `Kế hoạch triển khai thực hiện Đề án 06 trên địa bàn ${place} (synthetic ${k + 1})`,
    issuer: isProvince ? `UBND tỉnh ${province + 1}` : `UBND xã ${k + 1}`,
    level,
    place: null,
    issuedOn,
    parents: [parentId],
    cites: [
      {
        kind: isProvince ? "Quyết định" : "Kế hoạch",
        code: parentCode,
        date: isProvince ? rootPlan.issuedOn : null,
        issuer: isProvince ? rootPlan.issuer : `UBND tỉnh ${province + 1}`,
        ref: parentId,
      },
    ],
    adopts: [],
    source: { file: null, method: "json", note: `synthetic plan ${k} (bench/generate.ts, seed ${seed})` },
    sections: sections.map(({ ref, title }) => ({ ref, title })),
    tasks,
    services: [],
    targets: [],
    agencies: [],
    notes: [],
    abbreviations: [],
    warnings: [],
  };
  const names = new Set(tasks.flatMap((t) => [...t.lead, ...t.coordinating]));
  plan.agencies = [...names].map(agencyOf);
  return { plan, truth };
}

const GENERIC_SECTIONS = ["Nhiệm vụ cụ thể", "Công tác chuẩn bị, tuyên truyền", "Nhiệm vụ trọng tâm", "Các nhiệm vụ khác"];
const sectionOrder = (key: string) => (key === "local" ? -1 : ROMAN.indexOf(key));

/**
 * A corpus of `size` plans (plan k is the same at every size), in provinces of
 * {@link PLANS_PER_PROVINCE}, of one stream (see {@link Stream}). `truthEvery`: keep the true
 * links of every n-th plan only (the others' are null), for a large corpus whose memory is measured.
 */
export function generateCorpus(size: number, seed = 6, stream: Stream = "novel", truthEvery = 1): Corpus {
  const plans: Plan[] = [];
  const truth: (TruthFile | null)[] = [];
  const wordings = new Wordings();
  // the built-in plans' texts count as written already: a generated task never repeats one (the
  // benchmark warms the linker up on them)
  for (const plan of builtInPlans) for (const task of plan.tasks) wordings.add(task.text);
  let tasks = 0;
  let province: PlanContext["province"];
  for (let k = 0; k < size; k++) {
    const isProvince = k % PLANS_PER_PROVINCE === 0;
    const generated = generatePlan(k, seed, { stream, wordings, province: isProvince ? undefined : province });
    if (isProvince && stream === "copying") {
      province = new Map();
      for (const [i, t] of generated.truth.tasks.entries())
        if (t.national.length && !province.has(t.national[0]!)) province.set(t.national[0]!, { text: generated.plan.tasks[i]!.text, national: t.national, also: t.also });
    }
    plans.push(generated.plan);
    truth.push(k % truthEvery === 0 ? generated.truth : null);
    tasks += generated.plan.tasks.length;
  }
  const provinces: Plan[][] = [];
  for (let i = 0; i < plans.length; i += PLANS_PER_PROVINCE) provinces.push(plans.slice(i, i + PLANS_PER_PROVINCE));
  const distinct = distinctTexts(plans.flatMap((p) => p.tasks.map((t) => t.text)));
  if (stream === "novel" && distinct !== tasks) throw new Error(`the novel stream repeated a task text: ${distinct} distinct of ${tasks}`);
  return { plans, truth, provinces, tasks, stream, wordings: { distinct, reedited: wordings.reedited, placed: wordings.placed } };
}
