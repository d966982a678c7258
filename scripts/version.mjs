// Writes package.json's version into src/render/version.ts (`npm version` runs it through the
// "version" script, before its commit); test/analysis/reports.test.ts checks that they agree.
import { readFileSync, writeFileSync } from "node:fs";

const { version } = JSON.parse(readFileSync(new URL("../package.json", import.meta.url), "utf8"));
const file = new URL("../src/render/version.ts", import.meta.url);
const text = readFileSync(file, "utf8").replace(/DEAN06_VERSION = "[^"]*"/, `DEAN06_VERSION = ${JSON.stringify(version)}`);
writeFileSync(file, text);
console.log(`src/render/version.ts: ${version}`);
