import { parseDeadline } from "../../src/deadline/parse";
import { parsePlanCSV } from "../../src/import/import-csv";
import { parsePlan } from "../../src/import/import-text";
import { foldForMatch } from "../../src/text/fold";

// Adversarial inputs of any size for the readers (issue 10), the same on every run: used by
// test/robustness/scale.slow.test.ts (10 MB inputs give valid results) and bench/readers.ts (time
// from 1 MB to 10 MB grows linearly).

export const MB = 1_000_000;

/** A deterministic pseudo-random source (the same inputs on every run). */
function random(seed: number) {
  let state = seed;
  const next = () => (state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 0x1_0000_0000;
  return { next, pick: <T>(items: readonly T[]) => items[Math.floor(next() * items.length)]! };
}

const WORDS = [
  "Kết",
  "nối",
  "chia",
  "sẻ",
  "dữ",
  "liệu",
  "dân",
  "cư",
  "Cơ",
  "sở",
  "quốc",
  "gia",
  "định",
  "danh",
  "điện",
  "tử",
  "Công",
  "an",
  "tỉnh",
  "Sở",
  "Tư",
  "pháp",
  "thủ",
  "tục",
  "hành",
  "chính",
  "triển",
  "khai",
  "UBND",
  "huyện",
  "VNeID",
  "CSDLQG",
  "chủ",
  "trì",
  "phối",
  "hợp",
  "Quý",
  "I",
  "năm",
  "2022",
  "tháng",
  "6/2022",
];
const ODD = ["Hoa\u0300", "Hu\u00ea\u0301", "\u200b", "\ufeff", "\u0007", "\u0000", "\u2028", "(", ")", ";", ",", ".", '"', "|", "*", "<b>", "–", "số", "  ", "\t"];

/** Random Vietnamese-ish words, some in NFD, with zero-width and control characters among them. */
function words(rnd: ReturnType<typeof random>, count: number): string {
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const word = rnd.next() < 0.15 ? rnd.pick(ODD) : rnd.pick(WORDS);
    out.push(rnd.next() < 0.2 ? word.normalize("NFD") : word);
  }
  return out.join(" ");
}

/** Lines from `line(i)` until about `size` characters. */
function lines(size: number, line: (i: number) => string): string[] {
  const out: string[] = [];
  for (let length = 0, i = 0; length < size; i++) {
    const next = line(i);
    out.push(next);
    length += next.length + 1;
  }
  return out;
}

/** A plan text of about `size` characters with every kind of trouble a reader can meet. */
function planText(size: number): string {
  const rnd = random(1);
  const part = size / 10;
  const head = ["Số: 12/KH-UBND", "UBND TỈNH THỬ", "KẾ HOẠCH", "Triển khai Đề án 06", "II. NHIỆM VỤ"];
  const numbered = lines(2 * part, (i) => `${i % 9 === 0 ? "I".repeat((i % 3) + 1) + ". " : `${(i % 40) + 1}.${(i % 7) + 1}. `}${words(rnd, 14)} (Thời gian: Quý ${"I".repeat((i % 3) + 1)}/2023)`);
  const deep = lines(part, (i) => `${Array.from({ length: 20 + (i % 30) }, (_, k) => ((k + i) % 9) + 1).join(".")}. ${words(rnd, 6)}`);
  const table = lines(2 * part, (i) =>
    // a page number, the repeated header, then rows (some with many extra tab cells)
    i % 25 === 0
      ? String(i)
      : i % 25 === 1
        ? "STT\tNhiệm vụ\tCơ quan chủ trì\tCơ quan phối hợp\tThời gian thực hiện\tSản phẩm"
        : `${i}\t${words(rnd, 8)}\tCông an tỉnh\tSở Tư pháp, Sở Y tế\tQuý I/2023\t${"\t".repeat(i % 7 === 0 ? i % 40 : 0)}Báo cáo`,
  );
  const runs = lines(part, (i) => `${i % 2 ? "a)" : "-"} đ${" .,;()\t\u3000".charAt(i % 8).repeat(200 + (i % 300))}đ ${words(rnd, 4)}`);
  const huge = words(rnd, Math.ceil((3 * part) / 5)).replace(/[\r\n\u2028]/g, " ");
  return [...head, ...numbered, ...deep, huge, ...table, ...runs].join("\n");
}

/** A CSV of about `size` characters: quoted multi-line cells, section rows, rows of many cells, a huge cell, an unclosed quote. */
function planCsv(size: number): string {
  const rnd = random(2);
  const part = size / 10;
  const rows = lines(5 * part, (i) =>
    i % 20 === 0 ? `${"IVX".charAt(i % 3)};${words(rnd, 4)};;;;` : `${i};"${words(rnd, 10).replace(/"/g, '""')}";Công an tỉnh;"Sở Tư pháp\nSở Y tế";Quý I/2023;Báo cáo`,
  );
  const wide = lines(part, (i) => `${i};${words(rnd, 3)}${";".repeat(50 + (i % 100))}`);
  const huge = `9999;"${words(rnd, Math.ceil((3 * part) / 5)).replace(/"/g, '""')}";Công an tỉnh`;
  const unclosed = lines(part, (i) => `${i};"${words(rnd, 8).replace(/"/g, "")}`);
  return ["STT;Nhiệm vụ;Cơ quan chủ trì;Cơ quan phối hợp;Thời gian thực hiện;Sản phẩm", ...rows, ...wide, huge, ...unclosed].join("\n");
}

/** One deadline text of about `size` characters: dates, quarters, tiers, ranges and noise. */
function deadlineText(size: number): string {
  const rnd = random(3);
  return lines(size, (i) =>
    i % 16 !== 0 ? words(rnd, 10) : `tháng ${(i % 12) + 1}/20${20 + (i % 10)}, quý ${["I", "II", "III", "IV"][i % 4]} năm 2023; cấp huyện từ 01/${(i % 12) + 1}/2022 đến hết`,
  ).join(" ");
}

/** Text to fold: Vietnamese-ish words with marks, NFD, zero-width characters and runs of punctuation. */
function foldText(size: number): string {
  const rnd = random(4);
  return lines(size, (i) => `${words(rnd, 12)} ${".,;–".repeat(i % 50)}`).join(" ");
}

/** Each reader with the input it is measured on. */
export const READER_CASES: { name: string; input: (size: number) => string; run: (input: string) => unknown }[] = [
  { name: "parsePlan", input: planText, run: (text) => parsePlan(text, { id: "lon-2024" }) },
  { name: "parsePlanCSV", input: planCsv, run: (csv) => parsePlanCSV(csv, { id: "lon-2024" }) },
  { name: "parseDeadline", input: deadlineText, run: (text) => parseDeadline(text) },
  { name: "foldForMatch", input: foldText, run: (text) => foldForMatch(text) },
];
