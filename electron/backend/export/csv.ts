import type { Sheet } from '../../../shared/domain/compose/registers';

/*
 * Spreadsheet formula injection. Excel, LibreOffice and Google Sheets run a cell as a formula when it starts with
 * = + - or @ (some versions also after a tab, a carriage return or leading spaces), and "-2+3+cmd|' /C calc'!A0"
 * starts a program through DDE. So, as OWASP advises, a cell that starts with a tab or a carriage return, or whose
 * first visible character is = + - @ or its full-width or small form (＝ ＋ － ＠ ﹦ ﹢ ﹣ ﹫, which East Asian input
 * turns into the ASCII ones), gets an apostrophe in front, whatever follows; the spreadsheet shows it as plain
 * text. That includes "- item" as typed in lists: safety wins over a stray apostrophe.
 *
 * The one exception is a plain number ("-12", "-3.50", "-£2.00", "-1,234.50"): run as a formula it is only that
 * number, and an apostrophe would turn a column of amounts into text that no longer sums.
 */
const TRIGGER = /^(?:[\t\r]|[\s\u200B\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B])/;
const PLAIN_NUMBER = /^-£?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;

/** A cell's text as it can safely be written to a CSV. Every CSV Minute Book writes goes through this. */
export function neutraliseCell(value: string): string {
  if (PLAIN_NUMBER.test(value)) return value;
  return TRIGGER.test(value) ? `'${value}` : value;
}

/**
 * A sheet as CSV that Excel opens cleanly: a byte-order mark so it reads UTF-8, and CRLF line ends. A cell with a
 * line break of any kind is quoted: with CRLF as its record delimiter, csv-stringify would quote only a CRLF, but
 * Excel and LibreOffice end a row at a bare CR or LF too.
 */
export async function renderCsv(sheet: Sheet): Promise<string> {
  const { stringify } = await import('csv-stringify/sync');
  const rows = [sheet.header, ...sheet.rows].map((row) => row.map(neutraliseCell));
  return `\uFEFF${stringify(rows, { record_delimiter: 'windows', quote_record_delimiter: true })}`;
}
