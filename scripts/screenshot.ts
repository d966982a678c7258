// The README's screenshot of a coverage report: coverage(plan).toHTML() rendered by headless
// Chromium (not needed by the tests or CI; install it with `apt-get install chromium`).
//   npm run screenshot                 # docs/coverage-hue-2022.png
//   npm run screenshot -- hcmc-2024    # docs/coverage-hcmc-2024.png
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { coverage } from "../src/index";

const planId = process.argv[2] ?? "hue-2022";
const out = fileURLToPath(new URL(`../docs/coverage-${planId}.png`, import.meta.url));
const browser = process.env.CHROMIUM ?? "chromium";

const folder = mkdtempSync(join(tmpdir(), "dean06-screenshot-"));
try {
  const page = join(folder, "coverage.html");
  writeFileSync(page, coverage(planId).toHTML());
  execFileSync(browser, ["--headless", "--no-sandbox", "--disable-gpu", "--hide-scrollbars", "--window-size=1100,900", `--screenshot=${out}`, `file://${page}`], { stdio: "ignore" });
  console.log(`${out}: coverage("${planId}").toHTML() at 1100×900`);
} finally {
  rmSync(folder, { recursive: true, force: true });
}
