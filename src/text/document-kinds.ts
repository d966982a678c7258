/**
 * Kinds of Vietnamese legal and administrative documents that plans cite by number, with the type
 * abbreviation of their number codes ("06/QĐ-TTg" is a Quyết định, "1403/KH-UBND" a Kế hoạch) and a
 * short id prefix for documents the corpus does not know ("kh-1403-2022"). Longest names first.
 */
export const DOCUMENT_KINDS: readonly { name: string; codes: readonly string[]; prefix: string }[] = [
  { name: "Thông tư liên tịch", codes: ["TTLT"], prefix: "ttlt" },
  { name: "Quyết định", codes: ["QĐ"], prefix: "qd" },
  { name: "Kế hoạch", codes: ["KH"], prefix: "kh" },
  { name: "Chỉ thị", codes: ["CT"], prefix: "ct" },
  { name: "Nghị định", codes: ["NĐ"], prefix: "nd" },
  { name: "Nghị quyết", codes: ["NQ"], prefix: "nq" },
  { name: "Thông tư", codes: ["TT"], prefix: "tt" },
  { name: "Công văn", codes: ["CV"], prefix: "cv" },
  { name: "Công điện", codes: ["CĐ"], prefix: "cd" },
  { name: "Thông báo", codes: ["TB"], prefix: "tb" },
  { name: "Hướng dẫn", codes: ["HD"], prefix: "hd" },
  { name: "Chương trình", codes: ["CTr"], prefix: "ctr" },
  { name: "Đề án", codes: ["ĐA"], prefix: "da" },
  { name: "Luật", codes: [], prefix: "luat" },
  { name: "Văn bản", codes: [], prefix: "vb" },
];

/**
 * Kinds of cited documents a plan can derive from when the text says it implements them
 * ("Thực hiện Kế hoạch số …", "Căn cứ Quyết định số …"); laws, decrees and circulars cited as a legal
 * basis are not plans.
 */
export const PLAN_DOCUMENT_KINDS: readonly string[] = ["Quyết định", "Kế hoạch", "Chỉ thị", "Nghị quyết", "Chương trình", "Đề án"];
