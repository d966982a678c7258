import { describe, expect, it } from "vitest";
import { rootPlan } from "../../src/corpus/index";
import { createLinkMemo, wordingOf } from "../../src/match/link-memo";
import { Ranker } from "../../src/match/rank";
import { targetIndexFor } from "../../src/match/root-index";
import { SectorReader } from "../../src/match/sector";
import { createWordReader } from "../../src/text/word-reader";

const reader = createWordReader();
const ranker = new Ranker(targetIndexFor(rootPlan, { reader }), reader, new SectorReader());

describe("wordingOf", () => {
  it("keeps a wording's entry from its third sight, found then by any text of its words", () => {
    const memo = createLinkMemo();
    const text = "Kết nối, chia sẻ dữ liệu hộ tịch với Cơ sở dữ liệu quốc gia về dân cư";
    // the same matching words: case, punctuation and an abbreviation written out do not count
    const same = ["kết nối, chia sẻ dữ liệu hộ tịch với CSDLQG về dân cư", "KẾT NỐI, CHIA SẺ DỮ LIỆU HỘ TỊCH VỚI CƠ SỞ DỮ LIỆU QUỐC GIA VỀ DÂN CƯ."];
    expect(wordingOf(memo, ranker, text).wording).toBeNull();
    expect(wordingOf(memo, ranker, same[0]!).wording).toBeNull();
    const third = wordingOf(memo, ranker, same[1]!).wording;
    expect(third).not.toBeNull();
    expect(wordingOf(memo, ranker, text).wording).toBe(third);
    expect(wordingOf(memo, ranker, same[0]!).wording).toBe(third);
    // another wording starts its own count
    expect(wordingOf(memo, ranker, "Triển khai ứng dụng VNeID").wording).toBeNull();
  });

  it("forgets the hashes of wordings seen once or twice when a set of them is full (only work is lost)", () => {
    const memo = createLinkMemo({ firstSight: 2 });
    const [a, b, c, d] = ["Kết nối dữ liệu hộ tịch", "Triển khai ứng dụng VNeID", "Cấp căn cước công dân", "Số hóa hồ sơ thủ tục hành chính"];
    // a and b seen twice: the second set holds both
    for (const text of [a, b, a, b]) expect(wordingOf(memo, ranker, text!).wording).toBeNull();
    expect(memo.secondSight.size).toBe(2);
    // c fills the first set again (a, b are in it): it starts afresh with c alone
    wordingOf(memo, ranker, c!);
    expect(memo.firstSight.size).toBe(1);
    // d and c seen twice: the second set is full, so it starts afresh (a and b are forgotten)
    wordingOf(memo, ranker, d!);
    wordingOf(memo, ranker, c!);
    expect(memo.secondSight.size).toBe(1);
    // a was forgotten with both sets: it is counted afresh (two more sights before its entry)
    for (let k = 0; k < 2; k++) expect(wordingOf(memo, ranker, a!).wording).toBeNull();
  });
});
