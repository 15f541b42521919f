/**
 * RFC 4180 CSV, both ways, for any table of strings. The writer ends every record with CRLF and
 * quotes a cell only when it has to (or when a spreadsheet would otherwise mangle it); the parser
 * accepts CRLF, LF or CR line breaks, quoted fields spanning lines, and a leading UTF-8 BOM.
 * Both are linear in the size of the text: no backtracking regexes, each character read a bounded
 * number of times.
 */

/** The field separator: "," (RFC 4180) or ";" (what Excel expects in locales with a decimal comma). */
export type CsvSeparator = "," | ";";

/** Parsed records (the header is `rows[0]`), and the separator used; or the first syntax error. */
export type CsvParseResult = { rows: string[][]; sep: CsvSeparator } | { error: string; line: number };

const QUOTE = 0x22;
const CR = 0x0d;
const LF = 0x0a;

/**
 * Cells holding a quote, either separator or a line break must be quoted. Leading or trailing
 * spaces and tabs are quoted too: RFC 4180 keeps them, but spreadsheets trim them when unquoted.
 * Quoting the other separator keeps `parseCsv`'s separator detection reliable, and quoting a
 * leading U+FEFF keeps a first cell that starts with one from being read as a byte-order mark.
 */
const NEEDS_QUOTES = /["\r\n,;]|^[ \t\uFEFF]|[ \t]$/;

function quoteCell(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

/** Writes rows as CSV: `sep` between cells, CRLF after every record (including the last). */
export function toCsv(rows: readonly (readonly string[])[], sep: CsvSeparator): string {
  const lines = new Array<string>(rows.length);
  for (let i = 0; i < rows.length; i++) {
    const row = rows[i]!;
    // A record of one empty cell would otherwise be a blank line, which readers often skip.
    lines[i] = row.length === 0 || (row.length === 1 && row[0] === "") ? '""' : row.map(quoteCell).join(sep);
  }
  return lines.length === 0 ? "" : `${lines.join("\r\n")}\r\n`;
}

/** ";" when the first record (outside quotes) has more semicolons than commas, else ",". */
function detectSeparator(text: string): CsvSeparator {
  let commas = 0;
  let semicolons = 0;
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === QUOTE) quoted = !quoted;
    else if (quoted) continue;
    else if (c === CR || c === LF) break;
    else if (c === 0x2c) commas++;
    else if (c === 0x3b) semicolons++;
  }
  return semicolons > commas ? ";" : ",";
}

/** Line breaks in text[from, to): CRLF counts once, a lone CR or LF once. */
function countLineBreaks(text: string, from: number, to: number): number {
  let n = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === LF || (c === CR && text.charCodeAt(i + 1) !== LF)) n++;
  }
  return n;
}

/**
 * Parses CSV text into records. A final line break does not start an empty record; a blank line
 * elsewhere is a record of one empty cell. Errors name the 1-based physical line: an unterminated
 * quote reports the line where its field began.
 */
export function parseCsv(text: string, sep?: CsvSeparator): CsvParseResult {
  const src = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  const separator = sep ?? detectSeparator(src);
  const sepCode = separator.charCodeAt(0);
  const rows: string[][] = [];
  const n = src.length;
  if (n === 0) return { rows, sep: separator };
  let row: string[] = [];
  let line = 1;
  let i = 0;
  for (;;) {
    let field: string;
    if (src.charCodeAt(i) === QUOTE) {
      const startLine = line;
      let value = "";
      let chunk = ++i;
      for (;;) {
        const q = src.indexOf('"', i);
        if (q === -1) return { error: "a quoted field is never closed (missing closing \")", line: startLine };
        line += countLineBreaks(src, i, q);
        if (src.charCodeAt(q + 1) === QUOTE) {
          value += src.slice(chunk, q + 1);
          i = chunk = q + 2;
          continue;
        }
        value += src.slice(chunk, q);
        i = q + 1;
        break;
      }
      field = value;
      if (i < n) {
        const c = src.charCodeAt(i);
        if (c !== sepCode && c !== CR && c !== LF) {
          return { error: `unexpected text after a closing quote (a " inside a quoted field must be doubled)`, line };
        }
      }
    } else {
      let j = i;
      while (j < n) {
        const c = src.charCodeAt(j);
        if (c === sepCode || c === CR || c === LF) break;
        j++;
      }
      field = src.slice(i, j);
      i = j;
    }
    row.push(field);
    if (i >= n) {
      rows.push(row);
      break;
    }
    if (src.charCodeAt(i) === sepCode) {
      i++;
      continue;
    }
    i += src.charCodeAt(i) === CR && src.charCodeAt(i + 1) === LF ? 2 : 1;
    line++;
    rows.push(row);
    row = [];
    if (i >= n) break;
  }
  return { rows, sep: separator };
}
