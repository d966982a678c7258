import { describe, expect, it } from "vitest";
import { parsePlan } from "../../src/import/import-text";
import { link } from "../../src/match/link";

describe("link and a plan's own abbreviations", () => {
  it("lets the linker read a task written only with them", () => {
    const text = [
      "KẾ HOẠCH",
      "Triển khai Hệ thống định danh và xác thực điện tử (sau đây viết tắt là HTĐDXT) và Trung tâm giám sát, điều hành thông minh (gọi tắt là TTGSĐH):",
      "II. NHIỆM VỤ",
      "1. Triển khai, phát triển, nâng cấp HTĐDXT của tỉnh.",
      "2. Xây dựng, triển khai TTGSĐH trên nền tảng bản đồ số.",
    ].join("\n");
    const plan = parsePlan(text, { id: "thu-2023" });
    expect(link({ ...plan, abbreviations: [] }).links).toEqual([]);
    expect(link(plan).links.map((l) => l.local)).toEqual(["thu-2023:1", "thu-2023:2"]);
  });
});
