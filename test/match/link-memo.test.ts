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
    const texts = ["Kết nối dữ liệu hộ tịch", "Triển khai ứng dụng VNeID", "Cấp căn cước công dân"];
    for (const text of texts) wordingOf(memo, ranker, text);
    expect(memo.firstSight.size).toBeLessThanOrEqual(2);
    for (const text of texts) wordingOf(memo, ranker, text);
    expect(memo.secondSight.size).toBeLessThanOrEqual(2);
  });
});
