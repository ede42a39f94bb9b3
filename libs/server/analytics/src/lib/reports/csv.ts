import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | boolean | null | undefined;

/** Leading characters that make spreadsheet programs evaluate a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * Cells that would start a formula get a leading apostrophe: titles come from external feeds and names from
 * users, and an export must never run code in the spreadsheet that opens it (CSV injection). Numbers are left
 * alone (a negative number is a value, not a formula).
 */
function safeCell(cell: CsvCell): CsvCell {
  return typeof cell === 'string' && FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** RFC 4180 CSV (CRLF line ends, quoting where needed) with a header row; null and undefined are empty. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return stringify([header, ...rows.map((row) => row.map(safeCell))], {
    record_delimiter: 'windows',
    cast: { boolean: (value) => (value ? 'true' : 'false') },
  });
}
