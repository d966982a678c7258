/**
 * Column headings of Vietnamese task tables ("STT", "Nhiệm vụ", "Cơ quan chủ trì", "Đơn vị phối
 * hợp", "Thời gian thực hiện", "Sản phẩm" …) and what each column holds. Matched on folded words,
 * longest heading first, so "Kết quả, sản phẩm" wins over "Kết quả". English headings ("Ref", "Task",
 * "Lead", "Coordinating", "Deadline", "Product", "Section", "Notes") are accepted too.
 */

/** What a table column holds. */
export type ColumnKind = "ref" | "section" | "text" | "service" | "serviceLevel" | "lead" | "coordinating" | "deadline" | "product" | "notes";

/** Headings by column kind. */
export const COLUMN_NAMES: readonly { kind: ColumnKind; names: readonly string[] }[] = [
  { kind: "ref", names: ["STT", "TT", "Số TT", "Số thứ tự", "Mã", "Mã nhiệm vụ", "Ref"] },
  { kind: "section", names: ["Mục", "Nhóm", "Nhóm nhiệm vụ", "Lĩnh vực", "Phần", "Section"] },
  {
    kind: "text",
    names: [
      "Nhiệm vụ",
      "Nội dung",
      "Nội dung công việc",
      "Nội dung, nhiệm vụ",
      "Nội dung nhiệm vụ",
      "Nhiệm vụ, giải pháp",
      "Nhiệm vụ cụ thể",
      "Tên nhiệm vụ",
      "Công việc",
      "Nội dung thực hiện",
      "Nội dung triển khai",
      "Task",
    ],
  },
  { kind: "service", names: ["Thủ tục hành chính", "Tên thủ tục hành chính", "Dịch vụ công", "Tên dịch vụ công", "Tên thủ tục"] },
  { kind: "serviceLevel", names: ["Cấp độ", "Mức độ", "Mức độ dịch vụ công"] },
  {
    kind: "lead",
    names: [
      "Chủ trì",
      "Cơ quan chủ trì",
      "Đơn vị chủ trì",
      "Cơ quan, đơn vị chủ trì",
      "Cơ quan thực hiện",
      "Đơn vị thực hiện",
      "Cơ quan chủ trì thực hiện",
      "Đơn vị chủ trì thực hiện",
      "Cơ quan thực hiện chủ trì",
      "Chủ trì thực hiện",
      "Cơ quan chịu trách nhiệm",
      "Lead",
    ],
  },
  {
    kind: "coordinating",
    names: ["Phối hợp", "Cơ quan phối hợp", "Đơn vị phối hợp", "Cơ quan, đơn vị phối hợp", "Cơ quan phối hợp thực hiện", "Đơn vị phối hợp thực hiện", "Coordinating"],
  },
  {
    kind: "deadline",
    names: [
      "Thời gian",
      "Thời gian thực hiện",
      "Thời gian hoàn thành",
      "Thời gian dự kiến",
      "Thời hạn",
      "Thời hạn hoàn thành",
      "Tiến độ",
      "Tiến độ thực hiện",
      "Tiến độ hoàn thành",
      "Thời gian triển khai",
      "Lộ trình",
      "Lộ trình thực hiện",
      "Deadline",
    ],
  },
  {
    kind: "product",
    names: [
      "Sản phẩm",
      "Kết quả, sản phẩm",
      "Kết quả",
      "Sản phẩm đầu ra",
      "Kết quả/sản phẩm",
      "Dự kiến sản phẩm",
      "Sản phẩm dự kiến",
      "Kết quả đầu ra",
      "Kết quả dự kiến",
      "Hình thức văn bản",
      "Product",
    ],
  },
  { kind: "notes", names: ["Ghi chú", "Notes"] },
];
