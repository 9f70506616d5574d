import { parse } from 'csv-parse/sync';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { neutraliseCell, renderCsv } from '../../../../../electron/backend/export/csv';

/** Fixed, so a failure reproduces; fast-check prints the failing table shrunk to its smallest. */
const SEED = 20_251_207;

/** The pieces that break CSV writers: separators, quotes, every line end, spaces, formula signs, other scripts. */
const PIECES = [
  ',',
  ';',
  '"',
  '""',
  "'",
  '\r',
  '\n',
  '\r\n',
  ' ',
  '  ',
  '\t',
  '\u00A0',
  '\u200B',
  '=',
  '+',
  '-',
  '@',
  '＝',
  '＋',
  '－',
  '＠',
  '﹦',
  '﹣',
  '=SUM(A1:A2)',
  "-2+3+cmd|' /C calc'!A0",
  '-12',
  '-3.50',
  '-£2.00',
  '-1,234.50',
  'Minute 12',
  'Zoë Brontë',
  'فاطمة الزهراء',
  'דוד כהן',
  '王小明',
  '山田太郎',
  '김민준',
  'Ольга',
  '🙂',
  '👍🏽',
  '👩‍👩‍👧',
  '',
];

const cell = fc.oneof(
  { weight: 3, arbitrary: fc.array(fc.constantFrom(...PIECES), { maxLength: 5 }).map((parts) => parts.join('')) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', maxLength: 12 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary-ascii', maxLength: 8 }) },
  { weight: 1, arbitrary: fc.constantFrom(...PIECES) },
);

const table = fc.integer({ min: 1, max: 6 }).chain((columns) =>
  fc.record({
    header: fc.array(cell, { minLength: columns, maxLength: columns }),
    rows: fc.array(fc.array(cell, { minLength: columns, maxLength: columns }), { maxLength: 8 }),
  }),
);

/**
 * How Excel and LibreOffice Calc read a CSV: a line ends at CRLF, LF or CR alike outside quotes (so a cell holding
 * a bare line feed must be quoted), and the byte-order mark is not part of the first cell.
 */
const readLikeASpreadsheet = (csv: string): string[][] => parse(csv, { bom: true, record_delimiter: ['\r\n', '\n', '\r'], relax_column_count: true });

/** What csv.ts documents: a cell a spreadsheet would run as a formula starts with an apostrophe, except a plain negative number. */
const RUNS_AS_FORMULA = /^(?:[\t\r]|[\s\u200B\uFEFF]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\uFE66\uFE62\uFE63\uFE6B])/;
const PLAIN_NUMBER = /^-£?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;

describe('the CSV writer, fuzzed', () => {
  it('gives back every cell of 1,000 random tables, as written or behind its apostrophe', async () => {
    await fc.assert(
      fc.asyncProperty(table, async ({ header, rows }) => {
        const csv = await renderCsv({ header, rows });
        expect(csv.startsWith('\uFEFF')).toBe(true);
        expect(csv.endsWith('\r\n')).toBe(true);
        const expected = [header, ...rows].map((row) => row.map(neutraliseCell));
        expect(readLikeASpreadsheet(csv)).toEqual(expected);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });

  it('quotes a cell with a bare line feed or carriage return, which a spreadsheet would take for the end of a row', async () => {
    expect(await renderCsv({ header: ['Note'], rows: [['one\ntwo'], ['three\rfour']] })).toBe('\uFEFFNote\r\n"one\ntwo"\r\n"three\rfour"\r\n');
  });

  it('guards exactly the cells a spreadsheet would run, and nothing is lost from them', () => {
    fc.assert(
      fc.property(cell, (value) => {
        const written = neutraliseCell(value);
        const guarded = RUNS_AS_FORMULA.test(value) && !PLAIN_NUMBER.test(value);
        expect(written).toBe(guarded ? `'${value}` : value);
        // Nothing written starts a formula, unless it is only a negative number.
        expect(RUNS_AS_FORMULA.test(written) && !PLAIN_NUMBER.test(written)).toBe(false);
      }),
      { seed: SEED, numRuns: 1000 },
    );
  });
});
