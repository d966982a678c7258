import { describe, expect, it } from "vitest";
import { expandOwnAbbreviations } from "../../src/text/own-abbreviations";

describe("expandOwnAbbreviations", () => {
  it("writes out only acronyms the shared table does not know", () => {
    const own = [
      { short: "NDXP", long: "Nền tảng tích hợp, chia sẻ dữ liệu quốc gia" },
      { short: "CSDLQG", long: "Cơ sở dữ liệu quốc gia của tỉnh" },
      { short: "Đề án 06", long: "Đề án phát triển ứng dụng dữ liệu về dân cư" },
    ];
    expect(expandOwnAbbreviations("Kết nối NDXP với CSDLQG theo Đề án 06 (NDXPX)", own)).toBe("Kết nối Nền tảng tích hợp, chia sẻ dữ liệu quốc gia với CSDLQG theo Đề án 06 (NDXPX)");
  });

});
