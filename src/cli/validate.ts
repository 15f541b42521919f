/**
 * `npm run validate -- path/to/dataset.json [more.json…]`: checks datasets with the same code and
 * messages as the app. Exit status 0 when all are valid, 1 when any has problems, 2 on usage errors.
 */
import { readFileSync } from "node:fs";
import { formatIssue, parseDataset } from "../data/parseDataset.ts";

function validateFile(path: string): boolean {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (err) {
    console.error(`${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    return false;
  }
  if (text.trim() === "") {
    console.error(`${path}: the file is empty`);
    return false;
  }
  let raw: unknown;
  try {
    raw = JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);
  } catch (err) {
    console.error(`${path}: not valid JSON: ${(err as Error).message}`);
    return false;
  }
  const result = parseDataset(raw);
  if (result.ok) {
    const d = result.dataset;
    console.log(`${path}: valid cronica/1 dataset "${d.id}" version ${d.version}, ${d.events.length} events in ${d.categories.length} categories`);
    return true;
  }
  console.error(`${path}: ${result.issues.length} problem${result.issues.length === 1 ? "" : "s"}`);
  for (const issue of result.issues) console.error(`  - ${formatIssue(issue)}`);
  return false;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run validate -- path/to/dataset.json [more.json …]");
  process.exit(2);
}
const results = files.map(validateFile);
process.exit(results.every(Boolean) ? 0 : 1);
