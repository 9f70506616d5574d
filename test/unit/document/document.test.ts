import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { HOUSE_FONTS } from '../../../shared/document/fonts';
import { DEFAULT_MARGINS_MM, resolveHouseStyle } from '../../../shared/document/house-style';
import type { DocModel } from '../../../shared/document/model';
import { docText, listLabel, signatureLines } from '../../../shared/document/text';
import { Board, HouseStyleSettings } from '../../../shared/model/board';
import { board } from '../../support/builders';

describe('the document model', () => {
  it('labels list items as each numbering style prints them', () => {
    expect([listLabel('bullet', 3), listLabel('decimal', 3), listLabel('parenthesised', 3)]).toEqual(['•', '3.', '(3)']);
  });

  it('prints a blank signature as the role and "Date", a signed one with the name and date', () => {
    expect(signatureLines({ kind: 'signature', role: 'Chair' })).toEqual(['Chair', 'Date']);
    expect(signatureLines({ kind: 'signature', role: 'Chair', name: 'Cllr A', date: 'Tuesday 5 May 2026' })).toEqual([
      'Cllr A (Chair)',
      'Date: Tuesday 5 May 2026',
    ]);
  });

  it('gives a document’s words in reading order, table headers included and images left out', () => {
    const doc: DocModel = {
      meta: { kind: 'minutes', title: 't', subject: 's', author: 'a', language: 'en-GB', header: { left: 'l', right: 'r' }, audience: 'public' },
      style: resolveHouseStyle(board()),
      blocks: [
        { kind: 'image', mediaType: 'image/png', dataBase64: 'iVBORw0KGgo=', alt: 'Logo', maxHeightMm: 20 },
        { kind: 'heading', level: 1, runs: [{ text: 'Title' }] },
        { kind: 'table', columns: [{ header: 'A', width: 1 }], rows: [[[{ text: 'x' }, { text: 'y', bold: true }]]] },
      ],
    };
    expect(docText(doc)).toBe('Title\nA\nxy');
  });
});

describe('house style', () => {
  it('falls back to the board’s organisation, Liberation Sans, A4 and 20–25 mm margins', () => {
    const style = resolveHouseStyle(board({ organisation: 'Riverside Borough Council' }));
    expect(style).toMatchObject({
      organisation: 'Riverside Borough Council',
      font: 'liberation-sans',
      pageSize: 'A4',
      marginsMm: DEFAULT_MARGINS_MM,
    });
    expect(style.logo).toBeUndefined();
  });

  it('takes the board’s own settings, with alternative text for the logo', () => {
    const settings = HouseStyleSettings.parse({
      organisationName: 'Riverside Council',
      font: 'liberation-serif',
      logo: { mediaType: 'image/png', dataBase64: 'iVBORw0KGgoAAAA=' },
    });
    const style = resolveHouseStyle(board({ houseStyle: settings }));
    expect(style).toMatchObject({ organisation: 'Riverside Council', font: 'liberation-serif', logo: { alt: 'Riverside Council logo' } });
  });

  it('refuses a logo that is not the image type it claims', () => {
    expect(HouseStyleSettings.safeParse({ logo: { mediaType: 'image/png', dataBase64: '/9j/4AAQ' } }).success).toBe(false);
  });

  it('is optional on a board, so stores written before it still load', () => {
    const { houseStyle: _none, ...old } = board();
    expect(Board.safeParse(old).success).toBe(true);
  });

  it('bundles every font file it offers, with the licence', () => {
    const dir = path.resolve(import.meta.dirname, '../../../resources/fonts');
    for (const font of Object.values(HOUSE_FONTS))
      for (const file of Object.values(font.files)) expect(existsSync(path.join(dir, file)), file).toBe(true);
    expect(existsSync(path.join(dir, 'LICENSE-Liberation.txt'))).toBe(true);
  });
});
