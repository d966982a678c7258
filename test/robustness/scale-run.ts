// Reads one adversarial input of test/robustness/scale-inputs.ts in a process of its own and
// prints what scale.slow.test.ts checks, as JSON: `node --import tsx scale-run.ts <reader> <MB>`.
// A separate process because one such read can take over a minute on a loaded machine, and a
// vitest worker blocked that long misses its RPC deadline ("Timeout calling onTaskUpdate").
import { DeadlineSchema } from "../../src/model/deadline";
import { PlanSchema } from "../../src/model/plan";
import { MB, READER_CASES } from "./scale-inputs";

const [name, size] = process.argv.slice(2);
const reader = READER_CASES.find((c) => c.name === name);
if (!reader || !Number(size)) throw new Error(`usage: scale-run.ts <${READER_CASES.map((c) => c.name).join("|")}> <MB>`);
const input = reader.input(Number(size) * MB);
const output = reader.run(input);
const valid = name === "parseDeadline" ? DeadlineSchema.safeParse(output).success : name === "foldForMatch" ? /^[^ ]+( [^ ]+)*$/.test(output as string) : PlanSchema.safeParse(output).success;
console.log(JSON.stringify({ inputLength: input.length, oneMegabyteLength: reader.input(MB).length, valid }));
