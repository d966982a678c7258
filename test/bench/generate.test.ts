import { describe, expect, it } from "vitest";
import { generateCorpus, mulberry32 } from "../../bench/generate";
import { addFiller, distinctTexts, dropWords, swapItems, synonyms, Wordings, wordingStyle } from "../../bench/novel";
import { plans } from "../../src/corpus/index";

describe("the benchmark's generator", () => {
  it("never repeats a task text in the novel stream, nor a built-in plan's", () => {
    const corpus = generateCorpus(120);
    const texts = corpus.plans.flatMap((p) => p.tasks.map((t) => t.text));
    expect(new Set(texts).size).toBe(texts.length);
    expect(corpus.wordings.distinct).toBe(texts.length);
    const builtIn = new Set(plans.flatMap((p) => p.tasks.map((t) => t.text)));
    expect(texts.filter((t) => builtIn.has(t))).toEqual([]);
  });

  it("copies province tasks word for word in the copying stream, with the province's true links", () => {
    const corpus = generateCorpus(120, 6, "copying");
    const texts = corpus.plans.flatMap((p) => p.tasks.map((t) => t.text));
    expect(corpus.wordings.distinct).toBe(new Set(texts).size);
    expect(new Set(texts).size).toBeLessThan(texts.length * 0.8);
    const province = new Map(corpus.plans[100]!.tasks.map((t, i) => [t.text, corpus.truth[100]!.tasks[i]!]));
    const copies = corpus.plans
      .slice(101)
      .flatMap((p, k) => p.tasks.map((t, i) => [province.get(t.text), corpus.truth[101 + k]!.tasks[i]!] as const))
      .filter(([own]) => own);
    expect(copies.length).toBeGreaterThan(100);
    for (const [own, copy] of copies) expect(copy.national).toEqual(own!.national);
  });

  it("is the same plan k at every corpus size", () => {
    expect(JSON.stringify(generateCorpus(5).plans)).toBe(JSON.stringify(generateCorpus(12).plans.slice(0, 5)));
  });

  it("rewords with whole-word synonyms, drops, swaps and fillers", () => {
    const rng = mulberry32(3);
    const reworded = synonyms(rng, "Đẩy mạnh tuyên truyền cho người dân", 1);
    expect(reworded).toMatch(/^(Tăng cường|Nâng cao) thông tin, tuyên truyền cho công dân$/u);
    expect(synonyms(rng, "Đẩy mạnh tuyên truyền cho người dân", 0)).toBe("Đẩy mạnh tuyên truyền cho người dân");
    expect(synonyms(rng, "bảo đảmx", 1)).toBe("bảo đảmx");
    expect(dropWords(rng, "một hai ba bốn năm sáu bảy tám chín", 2).split(" ")).toHaveLength(7);
    expect(dropWords(rng, "ngắn quá", 2)).toBe("ngắn quá");
    expect(swapItems(rng, "a, b, c, d").split(", ").sort()).toEqual(["a", "b", "c", "d"]);
    expect([5, 6]).toContain(addFiller(rng, "Triển khai nhiệm vụ.").split(" ").length);
    const wordings = new Wordings();
    const style = wordingStyle(rng);
    const once = wordings.novel(rng, "Triển khai nhiệm vụ", (s) => s, style, "xã A 1");
    const twice = wordings.novel(rng, "Triển khai nhiệm vụ", (s) => s, style, "xã A 1");
    expect(once).not.toBe(twice);
    expect(distinctTexts([once, twice, once])).toBe(2);
  });
});
