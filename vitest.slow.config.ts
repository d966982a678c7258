import { defineConfig } from "vitest/config";
import { SLOW_TESTS } from "./vitest.config";

// `npm run test:slow`: tests that take minutes or call heavy outside tools (10 MB inputs and runs
// of millions of characters, packing and installing the tarball, the notebook in Jupyter, the
// fast path checked against the reference scorer on every text variant). CI runs them after
// `npm test`. They never assert on time: speed is measured by `npm run bench`.
export default defineConfig({
  test: {
    include: SLOW_TESTS,
    pool: "forks",
    maxWorkers: 2,
    minWorkers: 1,
    isolate: false,
    testTimeout: 600_000,
    hookTimeout: 600_000,
    teardownTimeout: 30_000,
    globalSetup: ["test/build-dist.ts"],
  },
});
