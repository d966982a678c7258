import { describe, expect, it } from "vitest";
import { generateCorpus } from "../../bench/generate";
import { getPlan, plans, rootPlan } from "../../src/corpus/index";
import { link } from "../../src/match/link";
import { createLinker } from "../../src/match/linker";

// A link's shared terms and summary are made when first read (most links are never shown); the
// links must still be plain data, and what is read late must be what was read at once.

const reread = (value: unknown) => JSON.parse(JSON.stringify(value));

describe("a link's evidence, made when first read", () => {
  it("is plain data for JSON.stringify, structuredClone, spreading and deep equality", () => {
    for (const take of [
      (l: ReturnType<typeof link>["links"][number]) => JSON.parse(JSON.stringify(l)),
      (l: ReturnType<typeof link>["links"][number]) => structuredClone(l),
      (l: ReturnType<typeof link>["links"][number]) => ({ ...l, evidence: { ...l.evidence } }),
      (l: ReturnType<typeof link>["links"][number]) => l,
    ]) {
      // a fresh result each time, its evidence not read before it is taken
      const links = link("hue-2022").links.map(take);
      const expected = reread(link("hue-2022").links);
      expect(links).toEqual(expected);
      expect(links).toStrictEqual(expected);
      for (const l of links) {
        expect(Object.keys(l.evidence)).toEqual(["sharedTerms", "components", "runnersUp", "origin", "summary"]);
        expect(l.evidence.sharedTerms.length).toBeGreaterThan(0);
        expect(l.evidence.summary).toMatch(/^score /);
      }
    }
  });

  it("becomes plain data properties once read, and can be assigned, frozen or read again", () => {
    const [first, second] = link("hue-2022").links;
    const terms = first!.evidence.sharedTerms;
    expect(first!.evidence.sharedTerms).toBe(terms);
    expect(Object.getOwnPropertyDescriptor(first!.evidence, "sharedTerms")).toEqual({ value: terms, writable: true, enumerable: true, configurable: true });
    first!.evidence.summary = "reviewed";
    expect(first!.evidence.summary).toBe("reviewed");
    first!.evidence.sharedTerms.push("mine");
    // a link's terms are its own: the next result has the decision's again
    expect(link("hue-2022").links[0]!.evidence.sharedTerms).not.toContain("mine");
    const frozen = Object.freeze(second!.evidence);
    expect(frozen.sharedTerms).toBe(frozen.sharedTerms);
    expect(() => {
      (frozen as { summary: string }).summary = "x";
    }).toThrow(TypeError);
  });

  it("is the task's as it was linked, whatever the caller does to the plan before reading it", () => {
    const fresh = () => JSON.parse(JSON.stringify(getPlan("hue-2022")));
    const expected = JSON.stringify(createLinker(rootPlan).link(fresh()));
    const plan = fresh();
    const result = createLinker(rootPlan).link(plan);
    for (const task of plan.tasks) task.text = "Tổ chức hội nghị";
    expect(JSON.stringify(result)).toBe(expected);
  });

  it("is what it would have been read at once, read after the linker linked other plans", () => {
    const corpus = [...plans.filter((p) => p !== rootPlan), ...generateCorpus(12, 4).plans];
    const atOnce = corpus.map((plan) => JSON.stringify(createLinker(rootPlan).link(plan)));
    const linker = createLinker(rootPlan);
    // twice each: the second time the memo knows the wordings
    const late = [...corpus, ...corpus].map((plan) => linker.link(plan));
    expect(late.map((result) => JSON.stringify(result))).toEqual([...atOnce, ...atOnce]);
  });

  it('is the same made with the links (evidence: "with-links", as linkCorpus asks), by a fresh linker or a used one', () => {
    const corpus = [...plans.filter((p) => p !== rootPlan), ...generateCorpus(12, 5).plans];
    const whenRead = corpus.map((plan) => JSON.stringify(createLinker(rootPlan).link(plan)));
    const linker = createLinker(rootPlan);
    const withLinks = [...corpus, ...corpus].map((plan) => JSON.stringify(linker.link(plan, { evidence: "with-links" })));
    expect(withLinks).toEqual([...whenRead, ...whenRead]);
    // and between plans of the corpus, through link()
    const hue = getPlan("hue-2022");
    expect(JSON.stringify(link("hue-2026", { to: hue, evidence: "with-links" }))).toBe(JSON.stringify(link("hue-2026", { to: hue })));
  });
});
