import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { CONCEPTS } from "../../src/text/concepts";
import { matchText } from "../../src/text/match-form";
import { NAMED_SYSTEMS, namedSystems, systemCount } from "../../src/text/systems";

const names = (systems: number) => NAMED_SYSTEMS.filter((_, k) => (systems & (1 << k)) !== 0);
const of = (text: string) => names(namedSystems(matchText(text).folded));

describe("namedSystems", () => {
  it("finds the programme's systems and databases a task names, the population database written out or abbreviated", () => {
    expect(of("Đảm bảo các điều kiện kết nối giữa Hệ thống thông tin giải quyết TTHC thành phố với CSDLQG về DC; Kho quản lý dữ liệu điện tử trên Cổng DVC quốc gia")).toEqual([
      "congdvc",
      "httthc",
      "csdlqgdc",
    ]);
    expect(of("Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với cơ sở dữ liệu giấy phép lái xe")).toEqual(["gplx", "csdlqgdc"]);
    expect(of("Triển khai các tiện ích tích hợp trên ứng dụng VNeID")).toEqual(["vneid"]);
    // identity documents are concepts, not systems; the words of the database alone are not it
    expect(of("Thu nhận hồ sơ cấp Căn cước công dân, dữ liệu dân cư quốc gia")).toEqual([]);
  });

  it("names only concepts (and the population database), each once", () => {
    for (const system of NAMED_SYSTEMS) if (system !== "csdlqgdc") expect(CONCEPTS.has(system), system).toBe(true);
    expect(new Set(NAMED_SYSTEMS).size).toBe(NAMED_SYSTEMS.length);
    expect(NAMED_SYSTEMS.length).toBeLessThanOrEqual(31);
  });

  it("gives a set within its bits that grows with the text (property)", () => {
    const pieces = fc.constantFrom("VNeID", "Cổng DVC quốc gia", "IOC", "CSDLQG về dân cư", "cơ sở dữ liệu", "dân cư", "kết nối", "với", "căn cước", ",");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 10 }), fc.array(pieces, { maxLength: 10 }), (a, b) => {
        const first = namedSystems(matchText(a.join(" ")).folded);
        const both = namedSystems(matchText([...a, ",", ...b].join(" ")).folded);
        expect(first & ~both).toBe(0);
        expect(both >>> NAMED_SYSTEMS.length).toBe(0);
        expect(systemCount(both)).toBe(names(both).length);
      }),
    );
  });
});
