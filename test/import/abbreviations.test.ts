import { describe, expect, it } from "vitest";
import { readAbbreviations } from "../../src/import/abbreviations";
import { parsePlan } from "../../src/import/import-text";
import { PlanSchema } from "../../src/model/plan";

describe("a document's own abbreviations", () => {
  it("reads '(sau đây viết tắt là X)', '(gọi tắt là X)' and 'Name (ACRONYM)'", () => {
    const text =
      "Thực hiện Quyết định số 06/QĐ-TTg phê duyệt Đề án phát triển ứng dụng dữ liệu về dân cư (sau đây viết tắt là Đề án 06); kết nối Nền tảng tích hợp, chia sẻ dữ liệu quốc gia (gọi tắt là NDXP) với Trung tâm dữ liệu quốc gia (TTDLQG) và tài khoản định danh điện tử mức độ 2 (viết tắt là tài khoản ĐDĐT); Cổng thông tin (IOC).";
    expect(readAbbreviations(text)).toEqual([
      { short: "Đề án 06", long: "Đề án phát triển ứng dụng dữ liệu về dân cư" },
      { short: "NDXP", long: "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia" },
      { short: "TTDLQG", long: "Trung tâm dữ liệu quốc gia" },
      { short: "tài khoản ĐDĐT", long: "tài khoản định danh điện tử mức độ 2" },
    ]);
  });

  it("keeps them on the imported plan (validated, none by default)", () => {
    const plan = parsePlan("KẾ HOẠCH\nKết nối Hệ thống định danh và xác thực điện tử (gọi tắt là HTĐDXT).\nII. NHIỆM VỤ\n1. Nâng cấp HTĐDXT.", { id: "thu-2023" });
    expect(plan.abbreviations).toEqual([{ short: "HTĐDXT", long: "Hệ thống định danh và xác thực điện tử" }]);
    const { abbreviations: _none, ...without } = plan;
    expect(PlanSchema.parse(without).abbreviations).toEqual([]);
  });
});
