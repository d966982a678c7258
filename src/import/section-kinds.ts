import { foldForMatch } from "../text/fold";
import { NON_TASK_SECTION_WORDS, TASK_SECTION_WORDS } from "../text/plan-words";

// What a heading of a plan's body announces: a task list, a list of numeric targets.

const TASK_WORDS = TASK_SECTION_WORDS.map(foldForMatch);
const NON_TASK_WORDS = NON_TASK_SECTION_WORDS.map(foldForMatch);

/**
 * Whether a section heading announces a task list: a task word comes before any non-task word.
 *
 * @example
 * holdsTasks("II. NHIỆM VỤ, GIẢI PHÁP") // true
 * holdsTasks("III. TỔ CHỨC THỰC HIỆN") // false
 */
export function holdsTasks(title: string): boolean {
  const folded = ` ${foldForMatch(title)} `;
  const first = (words: string[]) => Math.min(...words.map((w) => folded.indexOf(` ${w} `)).filter((i) => i >= 0), Infinity);
  const task = first(TASK_WORDS);
  return task !== Infinity && task < first(NON_TASK_WORDS);
}

/**
 * Whether a heading opens with a section word, a task one ("Nhiệm vụ, giải pháp") or another
 * ("Mục tiêu", "Tổ chức thực hiện"): what a plan numbered "1.", "2." without roman sections calls
 * its sections.
 *
 * @example
 * namesSection("Tổ chức thực hiện") // true
 * namesSection("Rà soát dữ liệu dân cư.") // false
 */
export function namesSection(title: string): boolean {
  const folded = foldForMatch(title);
  return [...TASK_WORDS, ...NON_TASK_WORDS].some((w) => folded === w || folded.startsWith(`${w} `));
}

// a section of targets: "II. CHỈ TIÊU", "II. MỤC TIÊU VÀ CHỈ TIÊU CỤ THỂ"
const TARGET_SECTION = /(?:^| )chi tieu(?: |$)/;
// a list of targets inside another section: "2. Chỉ tiêu cụ thể:", "2. Mục tiêu cụ thể"
const TARGET_HEADING = /^(?:cac )?(?:chi tieu|muc tieu cu the)(?: |$)/;

/**
 * Whether a section heading names targets and no task list ("II. CHỈ TIÊU", "MỤC TIÊU VÀ CHỈ
 * TIÊU"; not "NHIỆM VỤ VÀ CHỈ TIÊU", whose items are tasks).
 *
 * @example
 * namesTargets("II. CHỈ TIÊU") // true
 */
export const namesTargets = (title: string): boolean => TARGET_SECTION.test(foldForMatch(title)) && !holdsTasks(title);

/**
 * Whether a numbered item heads a list of targets inside another section ("2. Chỉ tiêu cụ thể:").
 *
 * @example
 * headsTargets("Mục tiêu cụ thể") // true
 */
export const headsTargets = (text: string): boolean => TARGET_HEADING.test(foldForMatch(text));
