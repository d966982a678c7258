/**
 * Words that structure Vietnamese plans, as data for the importers: which sections hold task lists,
 * how deadline cells begin, how a body task names its deadline and agencies.
 */

/** Section headings that hold the plan's tasks ("II. NHIỆM VỤ, GIẢI PHÁP", "III. PHÂN CÔNG NHIỆM VỤ"). */
export const TASK_SECTION_WORDS: readonly string[] = ["nhiệm vụ", "nội dung", "giải pháp", "phân công", "chương trình hành động", "danh mục"];

/**
 * Section headings that never hold tasks: aims, requirements, targets, budget, organisation of the
 * implementation, legal basis, assessment.
 */
export const NON_TASK_SECTION_WORDS: readonly string[] = [
  "mục tiêu",
  "mục đích",
  "yêu cầu",
  "chỉ tiêu",
  "kinh phí",
  "tổ chức thực hiện",
  "căn cứ",
  "quan điểm",
  "đánh giá",
  "kết quả thực hiện",
  "tình hình",
  "phạm vi",
];

/**
 * How a group heading that names a topic, not an agency, begins ("1. Nhóm tiện ích …", "2. Về phát
 * triển công dân số", "Công tác tuyên truyền"): such a heading never leads its tasks (nor does one
 * that opens with a task verb, `TASK_VERBS`).
 */
export const TOPIC_HEADING_OPENERS: readonly string[] = [
  "nhóm",
  "về",
  "đối với",
  "công tác",
  "nhiệm vụ",
  "lĩnh vực",
  "tiện ích",
  "giải pháp",
  "nội dung",
  "mục tiêu",
  "chương trình",
  "phục vụ",
  "phát triển",
];

/**
 * How a deadline cell or phrase begins: "Tháng 6/2022", "Quý I năm 2022", "Trong năm 2024",
 * "Thực hiện thường xuyên", "Hoàn thành trước ngày …", "Theo lộ trình …", "Ngay sau khi …".
 */
export const DEADLINE_STARTERS: readonly string[] = [
  "tháng",
  "quý",
  "năm",
  "trong",
  "thực hiện",
  "hoàn thành",
  "theo",
  "ngay",
  "từ",
  "trước",
  "đến",
  "chậm nhất",
  "thường xuyên",
  "hằng năm",
  "hàng năm",
  "hằng quý",
  "hàng quý",
  "hằng tháng",
  "hàng tháng",
  "định kỳ",
  "giai đoạn",
  "sau khi",
  "khi",
  "đánh giá theo",
  "triển khai từ",
  "liên tục",
  "6 tháng",
  "sáu tháng",
  "cả năm",
  "các năm",
  "mỗi năm",
  "đợt",
  "tuần",
  "ngày",
];

/** Labels that introduce a task's deadline inside its text: "(Thời gian thực hiện: Quý I năm 2022)". */
export const DEADLINE_LABELS: readonly string[] = ["thời gian thực hiện", "thời gian hoàn thành", "thời hạn hoàn thành", "thời hạn", "thời gian", "tiến độ thực hiện", "tiến độ"];

/** Labels that introduce a task's product inside its text: "(Sản phẩm: Kế hoạch)". */
export const PRODUCT_LABELS: readonly string[] = ["sản phẩm", "kết quả, sản phẩm", "kết quả"];

/**
 * Labels that introduce a task's lead agencies in its text or on a line of their own: "Cơ quan chủ
 * trì: Công an huyện", "Đơn vị thực hiện: …" (always followed by a colon).
 */
export const LEAD_LABELS: readonly string[] = [
  "cơ quan chủ trì",
  "đơn vị chủ trì",
  "cơ quan, đơn vị chủ trì",
  "cơ quan/đơn vị chủ trì",
  "chủ trì thực hiện",
  "chủ trì",
  "cơ quan thực hiện",
  "đơn vị thực hiện",
  "cơ quan, đơn vị thực hiện",
  "cơ quan/đơn vị thực hiện",
  "cơ quan đầu mối",
  "đơn vị đầu mối",
  "trách nhiệm thực hiện",
];

/** Labels that introduce a task's coordinating agencies: "Cơ quan phối hợp: …", "…; phối hợp: …" (followed by a colon). */
export const COORDINATING_LABELS: readonly string[] = ["cơ quan phối hợp", "đơn vị phối hợp", "cơ quan, đơn vị phối hợp", "cơ quan/đơn vị phối hợp", "phối hợp thực hiện", "phối hợp"];
