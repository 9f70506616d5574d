import type { Sheet } from '../../../shared/domain/compose/registers';

/**
 * Text a spreadsheet would run as a formula ("=HYPERLINK(...)", "@SUM", "-2+cmd") is prefixed with an apostrophe,
 * which Excel and LibreOffice show as plain text. A dash followed by a space, as in typed lists, is left alone.
 */
const neutralise = (value: string): string => (/^[=+@\t\r]|^-[^\s\d]/.test(value) ? `'${value}` : value);

/** A sheet as CSV that Excel opens cleanly: a byte-order mark so it reads UTF-8, and CRLF line ends. */
export async function renderCsv(sheet: Sheet): Promise<string> {
  const { stringify } = await import('csv-stringify/sync');
  return `\uFEFF${stringify([sheet.header, ...sheet.rows.map((row) => row.map(neutralise))], { record_delimiter: 'windows' })}`;
}
