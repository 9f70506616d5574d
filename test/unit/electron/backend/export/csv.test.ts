import { describe, expect, it } from 'vitest';
import { neutraliseCell, renderCsv } from '../../../../../electron/backend/export/csv';

describe('CSV cells a spreadsheet would run', () => {
  it('puts an apostrophe before a cell starting with = + - or @, whatever follows', () => {
    for (const cell of [
      "-2+3+cmd|' /C calc'!A0",
      '-1+1',
      '=HYPERLINK("http://evil.example","Click")',
      '+44 20 7946 0000',
      '@SUM(A1:A2)',
      '-cmd',
      '- item',
      '-',
      '=1',
    ]) {
      expect(neutraliseCell(cell), cell).toBe(`'${cell}`);
    }
  });

  it('catches a tab or carriage return at the start, and spaces before a formula', () => {
    for (const cell of ['\t=1+1', '\rcalc', '\tplain', '  =1+1', '\u00A0-1+1', '\n@SUM(A1)'])
      expect(neutraliseCell(cell), JSON.stringify(cell)).toBe(`'${cell}`);
  });

  it('catches the full-width and small forms that East Asian input turns into formulas', () => {
    for (const cell of ['＝1+1', '＋1', '－1+1', '＠SUM(A1)', '﹦1', '﹣1+1']) expect(neutraliseCell(cell), cell).toBe(`'${cell}`);
  });

  it('leaves plain negative numbers and amounts alone, so a column of them still sums', () => {
    for (const cell of ['-12', '-3.50', '-£2.00', '-1,234.50', '0', '12.5']) expect(neutraliseCell(cell), cell).toBe(cell);
  });

  it('leaves ordinary text alone, dashes and signs inside it included', () => {
    for (const cell of ['Arrange the workshop', 'RCPB/2026/25-1', 'Carers – breaks', 'A+B', 'x=1', '', '2025-06-10'])
      expect(neutraliseCell(cell), cell).toBe(cell);
  });

  it('neutralises every cell of the sheet, header included, and keeps the BOM and CRLF', async () => {
    const csv = await renderCsv({ header: ['Action', '=Total'], rows: [['-1+1', '-3.50']] });
    expect(csv).toBe("\uFEFFAction,'=Total\r\n'-1+1,-3.50\r\n");
  });
});
