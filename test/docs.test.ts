import { Application, type JSONOutput, LogLevel, normalizePath } from "typedoc";
import { describe, expect, it } from "vitest";

/**
 * The project standard: every export of src/index.ts has TSDoc with a summary and an `@example`.
 * This converts the entry point with typedoc (the options of typedoc.json, without writing files) and
 * checks every top-level reflection of the serialized project.
 */

type Reflection = JSONOutput.DeclarationReflection;
type Comment = JSONOutput.Comment;

/** The comment that documents a top-level reflection: a function's is on its first signature. */
function commentOf(reflection: Reflection): Comment | undefined {
  return reflection.signatures?.[0]?.comment ?? reflection.comment;
}

function textOf(parts: JSONOutput.CommentDisplayPart[] | undefined): string {
  return (parts ?? [])
    .map((part) => part.text)
    .join("")
    .trim();
}

function hasSummary(reflection: Reflection): boolean {
  return textOf(commentOf(reflection)?.summary) !== "";
}

function hasExample(reflection: Reflection): boolean {
  return (commentOf(reflection)?.blockTags ?? []).some((tag) => tag.tag === "@example" && textOf(tag.content) !== "");
}

async function exportedReflections(): Promise<Reflection[]> {
  const app = await Application.bootstrapWithPlugins({
    entryPoints: ["src/index.ts"],
    tsconfig: "tsconfig.json",
    excludePrivate: true,
    excludeProtected: true,
    excludeInternal: true,
    // tsc --noEmit type-checks the sources; typedoc only needs their comments.
    skipErrorChecking: true,
    logLevel: LogLevel.Error,
  });
  const project = await app.convert();
  if (!project) throw new Error("typedoc could not convert src/index.ts");
  const json = app.serializer.projectToObject(project, normalizePath(process.cwd()));
  return json.children ?? [];
}

describe("API documentation (TSDoc on every export with an example)", () => {
  it("gives every export of src/index.ts a summary and an @example", { timeout: 180_000 }, async () => {
    const reflections = await exportedReflections();
    // A sanity floor, so that a broken conversion cannot pass with nothing to check.
    expect(reflections.length).toBeGreaterThan(150);

    const noSummary = reflections
      .filter((r) => !hasSummary(r))
      .map((r) => r.name)
      .sort();
    const noExample = reflections
      .filter((r) => !hasExample(r))
      .map((r) => r.name)
      .sort();
    const problems = [
      noSummary.length > 0 ? `${noSummary.length} exports without a summary: ${noSummary.join(", ")}` : "",
      noExample.length > 0 ? `${noExample.length} exports without an @example: ${noExample.join(", ")}` : "",
    ].filter((line) => line !== "");
    expect(problems, problems.join("\n")).toEqual([]);
  });
});
