import { Document, HeadingLevel, LevelFormat, Packer, Paragraph as WordParagraph, TextRun } from 'docx';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SourceBlock, SourceDocument } from '../../../shared/model';
import { readPastMinutesFile } from '../../../electron/backend/past-minutes/read-past-minutes';
import { printFixture } from '../../support/past-minutes/print-fixture';
import { comparable, exportedMinutes, linesOf, MINUTES_MARKUP, valid } from './fixture';

type Paragraph = Extract<SourceBlock, { kind: 'paragraph' }>;
const paragraphs = (document: SourceDocument): Paragraph[] => document.blocks.filter((b): b is Paragraph => b.kind === 'paragraph');

describe('reading minutes from a Word document', () => {
  let source: SourceDocument;
  let read: SourceDocument;

  beforeAll(async () => {
    const printed = await printFixture(MINUTES_MARKUP, 'minutes.docx');
    source = printed.source;
    read = valid(await readPastMinutesFile({ bytes: printed.docx, fileName: 'minutes.docx' }));
  });

  it('gives back the blocks the document was printed from', () => {
    expect(read.format).toBe('docx');
    expect(read.fileName).toBe('minutes.docx');
    expect(comparable(read)).toEqual(comparable(source));
  });

  it('reads Word headings with their levels', () => {
    const headings = read.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? [b.level, b.text] : []));
    expect(headings).toEqual([
      [1, 'Health and Wellbeing Board'],
      [2, 'Minutes of the meeting held on Tuesday 5 December 2024'],
      [2, '1. Apologies for absence'],
      [2, '2. Declarations of interest'],
      [2, '3. Better Care Fund'],
      [3, 'Report of the Strategic Director'],
    ]);
  });

  it('keeps a paragraph in bold as bold, and others plain', () => {
    const resolved = paragraphs(read).find((p) => p.text === 'RESOLVED:');
    expect(resolved?.look?.bold).toBe(true);
    expect(paragraphs(read).find((p) => p.text.startsWith('There were no'))?.look).toBeUndefined();
  });

  it("keeps Word's list markers out of the text, as printed, with their levels", () => {
    const entries = paragraphs(read)
      .filter((p) => p.listMarker !== undefined)
      .map((p) => [p.listMarker, p.listLevel, p.text.slice(0, 20)]);
    expect(entries).toEqual([
      ['(a)', 0, 'That the Better Care'],
      ['(b)', 0, 'That the Director be'],
      ['(i)', 1, 'for older people;'],
      ['(ii)', 1, 'for carers.'],
      ['(c)', 0, 'That the report be p'],
      ['•', 0, 'waiting times for as'],
      ['•', 0, 'the cost of home car'],
      ['1.', 0, 'The Chair thanked th'],
      ['2.', 0, 'The meeting ended at'],
    ]);
  });

  it('numbers the lines as the review screen shows them, a list entry with its marker', () => {
    const entry = paragraphs(read).find((p) => p.listMarker === '(ii)');
    expect(entry && linesOf(read, entry)).toEqual(['(ii) for carers.']);
    expect(read.lines[0]).toBe('Health and Wellbeing Board');
    expect(read.blocks.every((b) => b.lines.from >= 1 && b.lines.to <= read.lines.length)).toBe(true);
  });

  it('reads a table row by row, cell by cell', () => {
    const rows = read.blocks.filter((b) => b.kind === 'row');
    expect(rows.map((r) => (r.kind === 'row' ? [r.table, r.cells.map((c) => c.text)] : []))).toEqual([
      [0, ['Name', 'Role', 'Organisation']],
      [0, ['Councillor Asha Patel', 'Chair', 'Rotherham Council']],
      [0, ['Dr Jane Smith', 'Member', 'NHS South Yorkshire']],
    ]);
    const row = rows[1];
    expect(row && linesOf(read, row)).toEqual(['Councillor Asha Patel | Chair | Rotherham Council']);
  });
});

describe('reading minutes that Minute Book printed in Word', () => {
  let read: SourceDocument;

  beforeAll(async () => {
    const { docx } = await exportedMinutes();
    read = valid(await readPastMinutesFile({ bytes: docx, fileName: 'Riverside minutes.docx' }));
  });

  it('finds the board, the attendance and each item as headings', () => {
    const headings = read.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []));
    expect(headings).toEqual(
      expect.arrayContaining([
        'Riverside Health and Care Co-production Board',
        'Present',
        'Apologies',
        '5. Carers’ breaks service redesign',
        '5.1 Feedback from carers’ listening events',
        '8. Renegotiating the Acme homecare contract',
        'Summary of actions',
      ]),
    );
  });

  it("reads a decision's verb in bold and its parts as numbered entries", () => {
    const all = paragraphs(read);
    const verb = all.findIndex((p) => p.text === 'RESOLVED:');
    expect(all[verb]?.look?.bold).toBe(true);
    expect(all.slice(verb + 1, verb + 3).map((p) => [p.listMarker, p.text])).toEqual([
      ['(1)', 'That the feedback from carers be noted.'],
      ['(2)', 'That a workshop be arranged with carers.'],
    ]);
    expect(all.some((p) => p.text === 'RESOLVED: That the extension offered by Acme Homecare Limited be accepted.')).toBe(true);
  });

  it('reads the minute text, its bullets and the action table', () => {
    const all = paragraphs(read);
    expect(all.filter((p) => p.listMarker === '•').map((p) => p.text)).toEqual(
      expect.arrayContaining(['Cllr Amina Okafor (Chair)', 'how carers would be involved, and', 'what the new service would cost.']),
    );
    expect(all.filter((p) => /^\d\.$/.test(p.listMarker ?? '')).map((p) => p.text)).toEqual([
      'breaks at short notice',
      'care workers who know the person',
      'clear costs',
    ]);
    const rows = read.blocks.flatMap((b) => (b.kind === 'row' ? [b.cells.map((c) => c.text)] : []));
    expect(rows[0]).toEqual(['Minute', 'Action', 'Owner', 'Due']);
    expect(rows).toContainEqual(['5', 'Arrange the workshop, inviting Janet Morley.', 'Priya Banerjee', 'Tuesday 15 July 2025']);
  });
});

describe("reading a council's own Word styles", () => {
  it('reads a paragraph style named as a heading as a heading, levelled by the number in its name', async () => {
    const document = new Document({
      styles: {
        paragraphStyles: [
          { id: 'MinuteHeading', name: 'Minute Heading', basedOn: 'Normal', run: { bold: true, size: 28 } },
          { id: 'ItemHeading3', name: 'Item Heading 3', basedOn: 'Normal', run: { bold: true } },
          { id: 'Quote', name: 'Council Quote', basedOn: 'Normal', run: { italics: true } },
        ],
      },
      sections: [
        {
          children: [
            new WordParagraph({ style: 'MinuteHeading', children: [new TextRun('12. Budget monitoring')] }),
            new WordParagraph({ style: 'ItemHeading3', children: [new TextRun('Revenue')] }),
            new WordParagraph({ style: 'Quote', children: [new TextRun('Spending was on budget.')] }),
          ],
        },
      ],
    });
    const read = valid(await readPastMinutesFile({ bytes: new Uint8Array(await Packer.toBuffer(document)), fileName: 'styles.docx' }));
    expect(read.blocks.map((b) => [b.kind, b.kind === 'heading' ? b.level : undefined, b.kind === 'row' ? '' : b.text])).toEqual([
      ['heading', 2, '12. Budget monitoring'],
      ['heading', 3, 'Revenue'],
      ['paragraph', undefined, 'Spending was on budget.'],
    ]);
  });

  it('keeps the number Word prints before a numbered heading, as the item number', async () => {
    const document = new Document({
      numbering: { config: [{ reference: 'items', levels: [{ level: 0, format: LevelFormat.DECIMAL, text: '%1.', start: 4 }] }] },
      sections: [
        {
          children: [
            new WordParagraph({
              heading: HeadingLevel.HEADING_2,
              numbering: { reference: 'items', level: 0 },
              children: [new TextRun('Minutes of the last meeting')],
            }),
            new WordParagraph({ children: [new TextRun('The minutes were agreed.')] }),
            new WordParagraph({
              heading: HeadingLevel.HEADING_2,
              numbering: { reference: 'items', level: 0 },
              children: [new TextRun('Budget monitoring')],
            }),
            new WordParagraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun('Part II')] }),
          ],
        },
      ],
    });
    const read = valid(await readPastMinutesFile({ bytes: new Uint8Array(await Packer.toBuffer(document)), fileName: 'numbered.docx' }));
    expect(read.blocks.flatMap((b) => (b.kind === 'heading' ? [b.text] : []))).toEqual([
      '4. Minutes of the last meeting',
      '5. Budget monitoring',
      'Part II',
    ]);
    expect(read.lines[0]).toBe('4. Minutes of the last meeting');
  });
});
