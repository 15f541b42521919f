/**
 * `npm run validate -- path/to/file [more…]`: checks datasets (our JSON or CSV, TimelineJS JSON,
 * ACLED CSV) with the same code and messages as the app's "Open data". Exit status 0 when all are
 * valid, 1 when any has problems, 2 on usage errors.
 */
import { readFileSync, statSync } from "node:fs";
import { loadText, MAX_DATA_BYTES } from "../data/load/loadText.ts";
import { formatImportIssue } from "../data/import/types.ts";

function validateFile(path: string): boolean {
  let text: string;
  let size: number;
  try {
    size = statSync(path).size;
    if (size > MAX_DATA_BYTES) {
      console.error(`${path}: the file is ${(size / 1_048_576).toFixed(1)} MB; Cronica opens files up to ${MAX_DATA_BYTES / 1_048_576} MB`);
      return false;
    }
    text = readFileSync(path, "utf8");
  } catch (err) {
    console.error(`${path}: cannot read the file (${(err as NodeJS.ErrnoException).code ?? String(err)})`);
    return false;
  }
  const outcome = loadText(text, { byteLength: size, title: path.split("/").pop() ?? path });
  if (outcome.ok) {
    const d = outcome.dataset;
    console.log(`${path}: valid (${outcome.format}) dataset "${d.id}" version ${d.version}, ${d.events.length} events in ${d.categories.length} categories`);
    for (const s of outcome.skipped) console.log(`  note: ${formatImportIssue(s)}`);
    return true;
  }
  console.error(`${path}: ${outcome.issues.length} problem${outcome.issues.length === 1 ? "" : "s"} (${outcome.format})`);
  for (const issue of outcome.issues) console.error(`  - ${formatImportIssue(issue)}`);
  if (outcome.partial) console.error(`  ${outcome.partial.events.length} events are valid on their own.`);
  return false;
}

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error("usage: npm run validate -- path/to/dataset.json [more.json …]");
  process.exit(2);
}
const results = files.map(validateFile);
process.exit(results.every(Boolean) ? 0 : 1);
