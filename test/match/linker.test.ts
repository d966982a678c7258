import fc from "fast-check";
import { describe, expect, it, vi } from "vitest";
import { generateCorpus, mulberry32 } from "../../bench/generate";
import { rewritePlan, TEXT_VARIANTS } from "../../scripts/variants";
import { plans, rootPlan } from "../../src/corpus/index";
import { MOST_REACHED } from "../../src/match/decide";
import { link } from "../../src/match/link";
import { createLinker } from "../../src/match/linker";
import type { Plan } from "../../src/model/plan";
import { DEFAULT_WORD_BOUNDARIES, DEFAULT_WORD_BOUNDARIES_SOURCE, learnWordBoundaries } from "../../src/text/word-boundaries";
import { makePlan } from "../helpers";

/** Plans in a seeded random order, each once, twice or three times (a wording's third sight makes the memo keep its ranking, and later sights are decided from it). */
function shuffled(list: readonly Plan[], seed: number): Plan[] {
  const rng = mulberry32(seed);
  const out = list.flatMap((plan) => Array.from({ length: 1 + Math.floor(rng() * 3) }, () => plan));
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rng() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A plan of these task texts, numbered 1, 2, … */
const planOf = (id: string, texts: string[]) =>
  makePlan(
    id,
    texts.map((text, k) => ({ ref: String(k + 1), text })),
  );

describe("createLinker", () => {
  it("links a plan the same whatever it linked before: a fresh linker and a used one agree on a shuffled corpus", () => {
    const locals = plans.filter((p) => p !== rootPlan);
    const corpus = [...locals, ...locals.map((p) => rewritePlan(p, TEXT_VARIANTS[1]!)), ...locals.map((p) => rewritePlan(p, TEXT_VARIANTS[3]!)), ...generateCorpus(20, 3).plans];
    // each plan linked by a linker that has linked nothing before
    const fresh = new Map(corpus.map((plan) => [plan, JSON.stringify(createLinker(rootPlan).link(plan))]));
    for (const seed of [1, 2]) {
      const used = createLinker(rootPlan);
      for (const plan of shuffled(corpus, seed)) expect(JSON.stringify(used.link(plan)), plan.id).toBe(fresh.get(plan));
    }
  });

  it("tells apart texts of the same matching words that put their work on different systems (a memo of wordings, not texts)", () => {
    // "trên" is dropped as a function word, but it puts the work on VNeID (the system component)
    const on = "Tích hợp thông tin tài khoản an sinh xã hội trên ứng dụng VNeID";
    const off = "Tích hợp thông tin tài khoản an sinh xã hội ứng dụng VNeID";
    const seen = createLinker(rootPlan);
    // the first wording seen three times (its ranking is then remembered), the other after it
    seen.link(planOf("first", [on, on, on]));
    const after = seen.link(planOf("second", [off])).links;
    const fresh = createLinker(rootPlan).link(planOf("second", [off])).links;
    expect(after).toEqual(fresh);
    // named only, the system does not carry the link to II.9; worked on, it does
    expect(fresh.some((l) => l.national.endsWith("II.9"))).toBe(false);
    const onLinks = createLinker(rootPlan).link(planOf("second", [on])).links;
    expect(onLinks.find((l) => l.national.endsWith("II.9"))?.evidence.components.system).toBe(1);
    // and the other way round
    const other = createLinker(rootPlan);
    other.link(planOf("first", [off, off, off]));
    expect(other.link(planOf("second", [on])).links).toEqual(onLinks);
  });

  it("spells a link's shared phrases as the task's own text writes them, whatever text of the same words came before", () => {
    // the target writes "CBCCVC", so the shared phrase is spelled as the local text writes it
    const target = makePlan("target", [{ ref: "1", text: "Thực hiện kết nối, chia sẻ dữ giữa CSDLQG về dân với cơ sở dữ liệu về CBCCVC" }]);
    const spelledOut = "Kết nối, công chức, chia sẻ dữ liệu giữa Cơ sở dữ liệu quốc gia về dân cư với cơ sở dữ liệu về cán bộ, viên chức.";
    const abbreviated = "Kết nối, công chức, chia sẻ dữ liệu giữa CSDLQG về dân cư với CSDL về cán bộ, viên chức.";
    const terms = (links: { evidence: { sharedTerms: string[] } }[]) => links.flatMap((l) => l.evidence.sharedTerms);
    const fresh = createLinker(target).link(planOf("second", [abbreviated])).links;
    expect(terms(fresh)).toContain("CSDL về cán bộ");
    const used = createLinker(target);
    expect(terms(used.link(planOf("first", [spelledOut, spelledOut, spelledOut])).links)).toContain("cơ sở dữ liệu về cán bộ");
    expect(JSON.stringify(used.link(planOf("second", [abbreviated])).links)).toBe(JSON.stringify(fresh));
  });

  it("gives link() its links, to the root and to another plan", () => {
    const hue2022 = plans.find((p) => p.id === "hue-2022")!;
    const hue2026 = plans.find((p) => p.id === "hue-2026")!;
    expect(createLinker(rootPlan).link(hue2022)).toEqual(link(hue2022));
    expect(createLinker(hue2022).link(hue2026)).toEqual(link(hue2026, { to: hue2022 }));
  });

  it("keeps two linkers of one target apart (each owns its memo and reader)", () => {
    const a = createLinker(rootPlan);
    const b = createLinker(rootPlan);
    const generated = generateCorpus(10, 5).plans;
    for (const plan of generated) a.link(plan);
    for (const plan of generated.slice().reverse()) expect(b.link(plan)).toEqual(a.link(plan));
  });

  it("takes its word statistics as an option, and by default from a snapshot, not from the corpus it is given", () => {
    // the snapshot is what learning from the plans it names gives
    const source = DEFAULT_WORD_BOUNDARIES_SOURCE.map((id) => plans.find((p) => p.id === id)!);
    const learnt = learnWordBoundaries(source.flatMap((p) => p.tasks.map((t) => t.text)));
    expect([...learnt.folded].sort()).toEqual([...DEFAULT_WORD_BOUNDARIES.folded].sort());
    expect([...learnt.toned].sort()).toEqual([...DEFAULT_WORD_BOUNDARIES.toned].sort());
    // passing them in gives the default links; statistics learnt from the target alone give others on some plan
    const passed = createLinker(rootPlan, { wordBoundaries: learnt });
    const own = createLinker(rootPlan, { wordBoundaries: learnWordBoundaries(rootPlan.tasks.map((t) => t.text)) });
    const locals = plans.filter((p) => p !== rootPlan);
    for (const plan of locals) expect(passed.link(plan)).toEqual(link(plan));
    expect(locals.some((plan) => JSON.stringify(own.link(plan)) !== JSON.stringify(link(plan)))).toBe(true);
  });

  it("breaks ties the same under any locale (no localeCompare in the linker)", () => {
    const locals = plans.filter((p) => p !== rootPlan);
    const expected = locals.map((p) => JSON.stringify(createLinker(rootPlan).link(p)));
    // a collation that reverses every comparison, as a host under another locale might order differently
    const spy = vi.spyOn(String.prototype, "localeCompare").mockImplementation(function (this: string, other: string) {
      return this < other ? 1 : this > other ? -1 : 0;
    });
    try {
      expect(locals.map((p) => JSON.stringify(createLinker(rootPlan).link(p)))).toEqual(expected);
    } finally {
      spy.mockRestore();
    }
    // targets whose ids differ in case tie in code-unit order ("B" before "a"), whatever the locale
    const text = "Kết nối cơ sở dữ liệu quốc gia về dân cư với hệ thống thông tin giải quyết thủ tục hành chính";
    const target = makePlan("case-target", [
      { ref: "a", text },
      { ref: "B", text },
    ]);
    const local = makePlan("case-local", [{ ref: "1", text }]);
    const first = createLinker(target)
      .link(local)
      .links.map((l) => l.national);
    expect(first[0]).toBe("case-target:B");
  });

  it("links generated plans the same through a used linker and a fresh one (property)", () => {
    const words = rootPlan.tasks.flatMap((t) => t.text.split(/\s+/)).filter(Boolean);
    const used = createLinker(rootPlan);
    fc.assert(
      fc.property(fc.array(fc.array(fc.nat(words.length - 1), { minLength: 1, maxLength: 25 }), { minLength: 1, maxLength: 6 }), (tasks) => {
        const plan = makePlan(
          "generated",
          tasks.map((ids, k) => ({ ref: String(k + 1), text: ids.map((i) => words[i]).join(" ") })),
        );
        expect(used.link(plan)).toEqual(createLinker(rootPlan).link(plan));
      }),
      { numRuns: 40, seed: 23 },
    );
  });
});

/**
 * A plan of `n` tasks that repeat a few national tasks the way copied plans do: the same wording
 * under varied lead agencies, sometimes with a place phrase added (tasks `k`, `k + 7`, … repeat).
 */
function repeatingPlan(id: string, n: number, agencies = ["Công an tỉnh", "Sở Thông tin và Truyền thông", "Văn phòng UBND tỉnh", "Sở Tư pháp", "UBND các huyện"]): Plan {
  const wordings = rootPlan.tasks.slice(0, 3).map((t) => t.text);
  return makePlan(
    id,
    Array.from({ length: n }, (_, k) => ({
      ref: String(k + 1),
      text: k % 7 === 6 ? `${wordings[k % 3]} trên địa bàn tỉnh` : wordings[k % 3]!,
      lead: [agencies[k % agencies.length]!],
    })),
  );
}

describe("a target that repeats its tasks", () => {
  it("links each task to at most MOST_REACHED of the copies (links grow with the plan, not its square), whatever the linker saw before", () => {
    const counts = [50, 200].map((n) => {
      const target = repeatingPlan("repeats-a", n);
      const local = repeatingPlan("repeats-b", n);
      const fresh = createLinker(target).link(local);
      // before the bound, every task linked to every copy of its wording: n²/3 links
      expect(fresh.unlinked).toEqual([]);
      const perTask = new Map<string, typeof fresh.links>();
      for (const l of fresh.links) perTask.set(l.local, [...(perTask.get(l.local) ?? []), l]);
      for (const links of perTask.values()) {
        expect(links.length).toBeLessThanOrEqual(MOST_REACHED);
        // the copies of its own wording first (by target order on a tie)
        expect(links[0]!.score).toBe(Math.max(...links.map((l) => l.score)));
      }
      // a used linker (wordings seen before under other agencies: decided from the remembered ranking) gives the same links
      const used = createLinker(target);
      used.link(repeatingPlan("repeats-c", n, ["Sở Y tế", "Bảo hiểm xã hội tỉnh"]));
      expect(used.link(local)).toEqual(fresh);
      return fresh.links.length;
    });
    expect(counts[1]! / counts[0]!).toBeLessThanOrEqual(4);
  });

  it("links each task of a plan of identical tasks to the same MOST_REACHED of another's (on a tie, the first by target id)", () => {
    const same = (id: string, n: number) =>
      makePlan(
        id,
        Array.from({ length: n }, (_, k) => ({ ref: String(k + 1), text: rootPlan.tasks[4]!.text })),
      );
    for (const n of [50, 200]) {
      const { links } = link(same("same-b", n), { to: same("same-a", n) });
      expect(links.length).toBe(MOST_REACHED * n);
      const chosen = links.slice(0, MOST_REACHED).map((l) => l.national);
      expect(chosen).toEqual(chosen.slice().sort());
      expect(chosen).toContain("same-a:1");
      for (let k = 0; k < n; k++) expect(links.slice(k * MOST_REACHED, (k + 1) * MOST_REACHED).map((l) => l.national)).toEqual(chosen);
    }
  });
});
