import { defineConfig } from "vitest/config";

// `npm test` (vitest run): the unit tests, in-process, and the tests of the built package (dist/),
// which test/build-dist.ts builds first when it is older than its sources. Slow tests (scale,
// packing and installing the tarball, the notebook in Jupyter: *.slow.test.ts) run with
// `npm run test:slow` (vitest.slow.config.ts); CI runs both.

/** Tests that run dist/ (the executable, the package's entry points, the examples). */
export const DIST_TESTS = ["test/cli/smoke.test.ts", "test/package/exports.test.ts", "test/examples/examples.test.ts"];
export const SLOW_TESTS = ["test/**/*.slow.test.ts"];

export default defineConfig({
  test: {
    // Two cores: two worker processes. No test blocks its worker for long (child processes are
    // awaited, not run synchronously), so the workers' RPC to the main process never times out
    // ("Timeout calling onTaskUpdate" came from a worker blocked for minutes by execFileSync).
    pool: "forks",
    maxWorkers: 2,
    minWorkers: 1,
    // A worker keeps its modules from one test file to the next (the corpus, the linker's indexes
    // are built once per worker, not once per file: half the wall and CPU time). Tests therefore
    // must not rely on a fresh module state; one that needs it imports anew after vi.resetModules()
    // (the determinism tests do).
    isolate: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    teardownTimeout: 30_000,
    projects: [
      { extends: true, test: { name: "unit", include: ["test/**/*.test.ts"], exclude: [...DIST_TESTS, ...SLOW_TESTS] } },
      { extends: true, test: { name: "dist", include: DIST_TESTS, globalSetup: ["test/build-dist.ts"] } },
    ],
  },
});
