import { PlanValidationError } from "./errors";
import { integrityIssuesOf } from "./integrity";
import { type Plan, PlanSchema } from "./plan";
import { quickCheck } from "./quick-check";
import { compileQuickCheck } from "./quick-check-compiled";

const validated = new WeakSet<object>();

/**
 * Whether the plan schema surely accepts a value (compiled from the schema: see quick-check.ts,
 * and quick-check-compiled.ts for the same check written out as code, used where the host
 * compiles code); when unsure, the schema parses it.
 */
let surelyPlan: ((value: unknown) => boolean) | null | undefined;

/** The plan schema's quick check, compiled the first time a plan is validated (importing the package does no work). */
const planCheck = () => (surelyPlan === undefined ? (surelyPlan = compileQuickCheck(PlanSchema) ?? quickCheck(PlanSchema)) : surelyPlan);

/**
 * Checks that a value is a valid {@link Plan} (schema and integrity: unique refs, declared
 * sections, task ids, not its own parent) and returns it unchanged. Throws
 * {@link PlanValidationError} naming the path of each bad field. A plan object is checked once;
 * later calls with the same object are free.
 *
 * @example
 * const plan = validatePlan(JSON.parse(readFileSync("my-plan.json", "utf8")));
 */
export function validatePlan(value: unknown, what = "plan"): Plan {
  if (typeof value === "object" && value !== null && validated.has(value)) return value as Plan;
  let plan = value as Plan;
  // a value the quick check passes is one the schema accepts, and its fields are the parsed
  // plan's; any other is parsed, which gives the schema's verdict and issues
  if (!planCheck()?.(value)) {
    const parsed = PlanSchema.safeParse(value);
    if (!parsed.success) throw PlanValidationError.fromZod(what, parsed.error);
    plan = parsed.data;
  }
  const issues = integrityIssuesOf(plan);
  if (issues.length) throw new PlanValidationError(what, issues);
  validated.add(value as object);
  return value as Plan;
}

/** Marks plans as validated (the built-in corpus, validated when it loads). */
export function markValidated(plans: readonly Plan[]): void {
  for (const plan of plans) validated.add(plan);
}

/**
 * Cycles in the `parents` relation of a set of plans (and referenced documents): each cycle as
 * the list of ids around it. A plan that lists itself is a cycle of one.
 *
 * @example
 * parentCycles([{ id: "a", parents: ["b"] }, { id: "b", parents: ["a"] }]) // [["a", "b"]]
 */
export function parentCycles(nodes: readonly { id: string; parents: readonly string[] }[]): string[][] {
  const parents = new Map(nodes.map((n) => [n.id, n.parents]));
  const state = new Map<string, "open" | "done">();
  const cycles: string[][] = [];
  const stack: string[] = [];
  const visit = (id: string) => {
    state.set(id, "open");
    stack.push(id);
    for (const parent of parents.get(id) ?? []) {
      if (state.get(parent) === "open") cycles.push(stack.slice(stack.indexOf(parent)));
      else if (!state.has(parent) && parents.has(parent)) visit(parent);
    }
    stack.pop();
    state.set(id, "done");
  };
  for (const node of nodes) if (!state.has(node.id)) visit(node.id);
  return cycles;
}
