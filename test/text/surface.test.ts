import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { matchText } from "../../src/text/match-form";
import { namedPhrase, phraseSpeller } from "../../src/text/surface";

describe("phraseSpeller", () => {
  const words = (s: string) => s.split(" ");

  it("spells a phrase in matching form as the text writes it, in lower case but for abbreviations", () => {
    const spell = phraseSpeller("Kết nối, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về Dân cư với VNeID");
    expect(spell(words("du lieu quoc"))).toBe("dữ liệu quốc");
    expect(spell(words("ket noi"))).toBe("kết nối");
    // function words inside the span are read past; concepts read as their token
    expect(spell(words("du lieu quoc gia dan cu vneid"))).toBe("dữ liệu quốc gia về dân cư với VNeID");
  });

  it("reads an abbreviation as its expansion and a concept's synonyms as its token", () => {
    const spell = phraseSpeller("Tích hợp CSDLQG về dân cư với Cổng DVC quốc gia; Hệ thống một cửa điện tử");
    expect(spell(words("co so du lieu quoc gia dan cu"))).toBe("CSDLQG về dân cư");
    expect(spell(["congdvc"])).toBe("cổng DVC quốc gia");
    expect(spell(["httthc"])).toBe("hệ thống một cửa điện tử");
    // a part of an abbreviation's expansion is not a span of the text
    expect(spell(words("du lieu quoc gia"))).toBeNull();
    // abbreviations written with a hyphen or "&", whose expansion has a function word ("và")
    const joined = phraseSpeller("Phục vụ phát triển KT-XH; Sở TT&TT, Sở Kế hoạch-Đầu tư");
    expect(joined(words("kinh te xa hoi"))).toBe("KT-XH");
    expect(joined(words("thong tin truyen thong"))).toBe("TT&TT");
    expect(joined(words("ke hoach dau tu"))).toBe("kế hoạch-Đầu tư");
  });

  it("gives null for a phrase the text does not hold in a row, or across a clause", () => {
    const spell = phraseSpeller("Cấp CCCD cho công dân, kết nối dữ liệu");
    expect(spell(words("cong cap"))).toBeNull();
    expect(spell(words("du lieu ket"))).toBeNull();
    expect(phraseSpeller("")(words("du lieu"))).toBeNull();
  });

  it("names concepts when no text writes the phrase", () => {
    expect(namedPhrase(["ket", "noi", "congdvc"])).toBe("ket noi Cổng Dịch vụ công");
  });

  it("spells every run of a text's matching words as a span that reads as it (property)", () => {
    const piece = fc.constantFrom(
      "dữ liệu",
      "Dân cư",
      "và",
      "của",
      "ĐỊNH danh",
      "điện tử",
      "thuế",
      "CSDLQG",
      "Cổng Dịch vụ công",
      "VNeID",
      "hoá",
      "TTHC",
      "KT-XH",
      "TT&TT",
      "Kế hoạch-Đầu tư",
      ", ",
      "; ",
      "về",
      "kết nối",
    );
    fc.assert(
      fc.property(fc.array(piece, { minLength: 1, maxLength: 14 }), fc.nat(), fc.integer({ min: 1, max: 4 }), (pieces, start, length) => {
        const text = pieces.join(" ");
        const read = matchText(text);
        if (read.folded.length === 0) return;
        const from = start % read.folded.length;
        let to = from + 1;
        while (to < read.folded.length && to - from < length && read.clauses[to] === read.clauses[from]) to++;
        const phrase = read.folded.slice(from, to);
        const spelled = phraseSpeller(text)(phrase);
        if (spelled === null) {
          // only a run that starts or ends inside an abbreviation's expansion has no span
          expect(pieces.some((p) => ["CSDLQG", "TTHC", "KT-XH", "TT&TT"].includes(p))).toBe(true);
          return;
        }
        expect(matchText(spelled).folded).toEqual(phrase);
      }),
    );
  });
});
