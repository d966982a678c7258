import fc from "fast-check";
import levenshtein from "fast-levenshtein";
import { describe, expect, it } from "vitest";
import { rootPlan } from "../../src/corpus/index";
import { buildReferenceIndex } from "../../src/match/target-index";
import { CONCEPTS, canonicalizeConcepts } from "../../src/text/concepts";
import { matchText } from "../../src/text/match-form";
import { buildVocabulary, repairOcrTokens, tonedRepair } from "../../src/text/ocr";
import { isBoilerplate } from "../../src/text/stopwords";
import { isVietnameseSyllable } from "../../src/text/syllable";
import { hasDiacritics, tonedForm } from "../../src/text/tone";
import { makePlan } from "../helpers";

describe("tonedForm", () => {
  it("ignores tone placement but keeps tones and vowel marks apart", () => {
    expect(tonedForm("hoá")).toBe(tonedForm("hóa"));
    expect(tonedForm("Uỷ")).toBe(tonedForm("ủy"));
    expect(tonedForm("thuế")).not.toBe(tonedForm("thuê"));
    expect(tonedForm("bảo")).not.toBe(tonedForm("báo"));
    expect(tonedForm("đ")).toBe("đ");
  });
});

describe("hasDiacritics", () => {
  it("tells written Vietnamese from folded or OCR'd text", () => {
    expect(hasDiacritics("Kết nối, chia sẻ dữ liệu dân cư")).toBe(true);
    expect(hasDiacritics("Ket noi, chia se du lieu dan cu")).toBe(false);
    expect(hasDiacritics("")).toBe(false);
  });
});

describe("matchText", () => {
  it("expands abbreviations both ways and maps programme synonyms to one concept", () => {
    const short = matchText("Kết nối CSDLQG về DC với VNeID");
    const long = matchText("Kết nối Cơ sở dữ liệu quốc gia về dân cư với ứng dụng định danh điện tử");
    expect(short.toned).toEqual(long.toned);
    expect(short.folded).toContain("vneid");
    expect(matchText("Trung tâm giám sát, điều hành thông minh (IOC)").folded).toEqual(["ioc", "ioc"]);
    // the telecom sector of III.1 as plans name it: its subscribers, SIM cards, carriers
    for (const text of ["viễn thông", "thuê bao di động", "SIM rác", "các nhà mạng"]) expect(matchText(text).folded).toContain("vienthong");
  });

  it("knows which programme concepts a task puts its work on (hosts)", () => {
    expect(matchText("Triển khai tích hợp thông tin tài khoản hưởng an sinh xã hội trên ứng dụng VNeID").hosts).toEqual(["vneid"]);
    expect(matchText("Đẩy dữ liệu lên VNeID; tích hợp vào Trung tâm giám sát, điều hành thông minh").hosts).toEqual(["vneid", "ioc"]);
    // named, but not as the place of the work
    expect(matchText("Triển khai hiệu quả ứng dụng VNeID").hosts).toEqual([]);
    expect(matchText("Trên cơ sở dữ liệu dân cư, triển khai VNeID").hosts).toEqual([]);
  });

  it("drops numbers, document codes and function words", () => {
    // "số" before a number is "No.", not "digital"; words on either side of a number do not pair
    const text = matchText("Nghị định số 137/2015/NĐ-CP ngày 31/12/2015 của Chính phủ");
    expect(text.folded).toEqual(["nghi", "dinh", "ngay", "chinh", "phu"]);
    expect(new Set(text.clauses.slice(1, 4)).size).toBe(3);
    expect(matchText("chuyển đổi số, công dân số").folded).toEqual(["chuyen", "doi", "so", "cong", "dan", "so"]);
    // "tới" is "đến" (to, coming): "trong thời gian tới" is a time, not an object
    expect(matchText("trong thời gian tới").folded).toEqual(["thoi", "gian"]);
  });

  it("expands the abbreviations plans use beyond the programme's own, the longest whole word first, hyphenated or not", () => {
    const pairs: [string, string][] = [
      ["ứng dụng CNTT trong CCHC", "ứng dụng công nghệ thông tin trong cải cách hành chính"],
      ["cung cấp DVCTT toàn trình", "cung cấp dịch vụ công trực tuyến toàn trình"],
      ["kích hoạt TKĐDĐT cho CBCCVC", "kích hoạt tài khoản định danh điện tử cho cán bộ, công chức, viên chức"],
      ["bảo đảm ATTT, ANM cho HTTT tại TTDL", "bảo đảm an toàn thông tin, an ninh mạng cho hệ thống thông tin tại trung tâm dữ liệu"],
      ["đẩy mạnh CĐS, khai thác DLDC; cấp GPLX, phiếu LLTP", "đẩy mạnh chuyển đổi số, khai thác dữ liệu dân cư; cấp giấy phép lái xe, phiếu lý lịch tư pháp"],
    ];
    // written with hyphens, as they often are
    pairs.push(["phục vụ phát triển KT-XH", "phục vụ phát triển kinh tế - xã hội"], ["Sở LĐ-TB&XH", "Sở Lao động - Thương binh và Xã hội"]);
    for (const [short, long] of pairs) expect(matchText(short).toned, short).toEqual(matchText(long).toned);
    // a hyphenated pair of words that is no abbreviation stays two words
    expect(matchText("Kế hoạch-Đầu tư").folded).toEqual(["ke", "hoach", "dau", "tu"]);
    // a Vietnamese word is never read as an abbreviation: "cắt" (cut) is not a "CAT"
    expect(matchText("cắt giảm giấy tờ").folded).toEqual(["cat", "giam", "giay", "to"]);
  });

  it("expands abbreviations rather than repairing them as OCR damage", () => {
    const vocabulary = buildVocabulary([matchText("giải quyết thủ tục hành chính, cung cấp dịch vụ công").folded]);
    expect(matchText("giải quyết TTHC, cung cấp DVC", vocabulary).folded).toEqual(matchText("giải quyết thủ tục hành chính, cung cấp dịch vụ công").folded);
  });

  it("keeps clauses so that word pairs do not cross punctuation", () => {
    const text = matchText("kết nối, tích hợp");
    expect(text.clauses[1]).not.toBe(text.clauses[2]);
  });

  it("gives aligned forms for any input (property)", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme" }), (s) => {
        const t = matchText(s);
        expect(t.toned.length).toBe(t.folded.length);
        expect(t.clauses.length).toBe(t.folded.length);
        for (const w of t.folded) expect(w).toMatch(/^[\p{L}\p{N}]+$/u);
        expect(matchText(s.normalize("NFD")).toned).toEqual(t.toned);
        // a host is a programme concept the text names
        for (const host of t.hosts) expect(CONCEPTS.has(host) && t.folded.includes(host)).toBe(true);
      }),
    );
    // hosts among arbitrary words around the programme's prepositions and concepts
    const pieces = fc.constantFrom("trên", "vào", "lên", "ứng dụng", "VNeID", "IOC", "Cổng dịch vụ công quốc gia", "dữ liệu", "kết nối", ",", "hiệu quả");
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }), (words) => {
        const t = matchText(words.join(" "));
        for (const host of t.hosts) expect(CONCEPTS.has(host) && t.folded.includes(host)).toBe(true);
      }),
    );
  });
});

const editDistance = (a: string, b: string) => levenshtein.get(a, b);

describe("OCR repair", () => {
  const vocabulary = buildVocabulary([
    ["co", "so", "du", "lieu", "quoc", "gia"],
    ["ket", "noi", "chia", "se"],
  ]);

  it("repairs damaged words by edit distance in context", () => {
    expect(repairOcrTokens(["co", "so", "dir", "lieu", "qudc", "gia", "ket", "ndi"], vocabulary)).toEqual(["co", "so", "du", "lieu", "quoc", "gia", "ket", "noi"]);
  });

  it("counts a glyph pair OCR reads for one letter as one edit, so such a word is repaired even out of context", () => {
    const words = buildVocabulary([["huong", "dan"], ["quan", "ly"], ["khoe"], ["tham", "muu"]]);
    // "ri" for "n", "ir" for "u", "li" for "h", "rn" for "m": distance 2 by letters, 1 by glyphs
    expect(repairOcrTokens(["huorig"], words)).toEqual(["huong"]);
    expect(repairOcrTokens(["qiran"], words)).toEqual(["quan"]);
    expect(repairOcrTokens(["klioe"], words)).toEqual(["khoe"]);
    expect(repairOcrTokens(["tharn"], words)).toEqual(["tham"]);
    // a word two edits away by any reading still needs a known neighbour
    expect(repairOcrTokens(["hxoxg"], words)).toEqual(["hxoxg"]);
    expect(repairOcrTokens(["hxoxg", "dan"], words)).toEqual(["huong", "dan"]);
  });

  it("changes a well-formed syllable only into a vocabulary word one edit away in a known pair, and never beside fewer than two malformed words (property)", () => {
    fc.assert(
      fc.property(fc.array(fc.stringMatching(/^[a-z]{1,6}$/), { maxLength: 8 }), (words) => {
        const repaired = repairOcrTokens(words, vocabulary);
        expect(repaired).toHaveLength(words.length);
        const malformed = words.filter((word) => !isVietnameseSyllable(word) && !vocabulary.words.has(word)).length;
        words.forEach((word, i) => {
          if (!isVietnameseSyllable(word) || repaired[i] === word) return;
          expect(malformed).toBeGreaterThanOrEqual(2);
          expect(vocabulary.words.has(word)).toBe(false);
          expect(vocabulary.words.has(repaired[i]!)).toBe(true);
          expect(editDistance(word, repaired[i]!)).toBe(1);
          const pairs = [i > 0 ? `${repaired[i - 1]} ${repaired[i]}` : "", i + 1 < words.length ? `${repaired[i]} ${words[i + 1]}` : ""];
          expect(pairs.some((pair) => vocabulary.pairs.has(pair))).toBe(true);
        });
      }),
    );
  });

  it("repairs a well-formed word OCR made of another (quéc, néi) in a scan, never in a clean text", () => {
    // clean: one unknown word is no scan, "quec" stays
    expect(repairOcrTokens(["co", "so", "du", "lieu", "quec", "gia"], vocabulary)).toEqual(["co", "so", "du", "lieu", "quec", "gia"]);
    // a scan (two damaged words, "dir" and "ndi"): "quec gia" is "quoc gia", "ket nei" is "ket noi"
    expect(repairOcrTokens(["co", "so", "dir", "lieu", "quec", "gia", "ket", "ndi", "ket", "nei"], vocabulary)).toEqual(["co", "so", "du", "lieu", "quoc", "gia", "ket", "noi", "ket", "noi"]);
    // a function word is a word, not damage, even where the target does not use it: "mot" stays "mot"
    const mo = buildVocabulary([
      ["mo", "cua"],
      ["du", "lieu"],
      ["quoc", "gia"],
    ]);
    expect(repairOcrTokens(["mot", "cua", "dir", "lieu", "qudc", "gia"], mo)).toEqual(["mot", "cua", "du", "lieu", "quoc", "gia"]);
    // document codes ("02-KH/NQ") are not damage: a text of codes and an unknown word is no scan
    expect(repairOcrTokens(["kh", "nq", "quec", "gia"], vocabulary)).toEqual(["kh", "nq", "quec", "gia"]);
  });

  it("leaves loanwords alone: a text with diacritics is no scan for its unmarked words, and a guess two edits off takes no function word as context there", () => {
    const reference = buildReferenceIndex(rootPlan);
    for (const text of ["Hướng dẫn người dân cài đặt app VNeID, đăng ký tài khoản qua email và zalo", "Tuyên truyền qua Zalo OA của UBND"]) {
      expect(matchText(text, reference.vocabulary).folded).toEqual(matchText(text).folded);
    }
  });

  it("repairs against the target's words as written, function words and concept words included", () => {
    const reference = buildReferenceIndex(makePlan("mot-cua-2022", [{ ref: "1", text: "Thực hiện cơ chế một cửa, cấp giấy phép lái xe." }]));
    expect(reference.vocabulary.pairs.has("mot cua")).toBe(true);
    expect(reference.vocabulary.pairs.has("cua cap")).toBe(false); // no pair across a clause break
    // "cira" (cửa) is repaired beside "mot", then read as the one-stop concept
    expect(matchText("Đổi mới cơ chế mot cira trong giai quyét TTHC", reference.vocabulary).folded).toContain("motcua");
  });

  it("gives a repaired word its spelling with tones in the vocabulary's texts, with the damaged word's tone where it has one", () => {
    const toned = buildVocabulary(
      [
        ["du", "lieu", "tai", "chinh"],
        ["tai", "khoan"],
        ["tai", "su", "dung"],
      ],
      [
        ["dư4", "liêu5", "tai2", "chinh1"],
        ["tai2", "khoan3"],
        ["tai1", "sư3", "dung5"],
      ],
    );
    expect(toned.toned?.get("tai")).toEqual(["tai2", "tai1"]); // most used first
    expect(tonedRepair("lieu", tonedForm("llệu"), toned)).toBe("liêu5");
    expect(tonedRepair("tai", tonedForm("táj"), toned)).toBe("tai1"); // its own tone
    expect(tonedRepair("tai", "taj", toned)).toBe("tai2"); // no mark: the most used
    expect(tonedRepair("du", "dir", vocabulary)).toBe("du"); // a vocabulary without tones
    // in a text with diacritics, a damaged word with marks is repaired too, and compared with its tones
    const text = matchText("Kết nối, chia sẻ dữ llệu tàl chính", toned);
    expect(text.toned).toContain(tonedForm("liệu"));
    expect(text.toned).toContain(tonedForm("tài"));
  });

  it("recognises syllable shapes", () => {
    for (const ok of ["quoc", "nghieng", "khuyen", "a", "truong"]) expect(isVietnameseSyllable(ok), ok).toBe(true);
    for (const bad of ["qudc", "dir", "ndi", "xyz"]) expect(isVietnameseSyllable(bad), bad).toBe(false);
  });
});

describe("texts without diacritics", () => {
  it("drop a function word's folded form unless it is a syllable of a word the vocabulary's texts use ('tại' and 'tài chính')", () => {
    const vocabulary = buildVocabulary([matchText("Kết nối cơ sở dữ liệu quốc gia về tài chính, chia sẻ dữ liệu").folded]);
    expect(vocabulary.pairs.has("tai chinh")).toBe(true);
    expect(matchText("Ket noi co so du lieu quoc gia ve tai chinh tai tinh, chia se du lieu", vocabulary).folded).toEqual([
      "ket",
      "noi",
      "co",
      "so",
      "du",
      "lieu",
      "quoc",
      "gia",
      "tai",
      "chinh",
      "tinh",
      "chia",
      "se",
      "du",
      "lieu",
    ]);
    // without a vocabulary, or in a text with diacritics, function words go as before
    expect(matchText("Ket noi du lieu ve tai chinh").folded).toEqual(["ket", "noi", "du", "lieu", "chinh"]);
    expect(matchText("Kết nối dữ liệu tại tỉnh", vocabulary).folded).toEqual(["ket", "noi", "du", "lieu", "tinh"]);
  });
});

describe("boilerplate and concepts", () => {
  it("knows boilerplate phrases without swallowing the objects that share a syllable", () => {
    const toned = (s: string) => s.split(" ").map(tonedForm).join(" ");
    expect(isBoilerplate(toned("triển khai"), "toned")).toBe(true);
    expect(isBoilerplate(toned("báo cáo"), "toned")).toBe(true);
    expect(isBoilerplate(toned("bảo hiểm"), "toned")).toBe(false);
    expect(isBoilerplate(toned("hộ tịch"), "toned")).toBe(false);
    // the finance database's object, in both forms (no boilerplate phrase lends "tài")
    expect(isBoilerplate(toned("tài chính"), "toned")).toBe(false);
    expect(isBoilerplate("tai chinh", "folded")).toBe(false);
  });

  it("maps concept phrases longest first", () => {
    const words = "ung dung dinh danh dien tu".split(" ").map((w) => ({ folded: w, toned: w, clause: 0 }));
    expect(canonicalizeConcepts(words).map((w) => w.folded)).toEqual(["vneid"]);
  });
});
