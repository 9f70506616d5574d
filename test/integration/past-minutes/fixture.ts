import type { ExportFile } from '../../../shared/api/exports';
import type { SourceBlock, SourceDocument } from '../../../shared/model';
import { SourceDocument as SourceDocumentSchema } from '../../../shared/model';
import { buildExportFixture } from '../export/export-fixture';
import { harness } from '../../support/temp-backend';

/** A short set of minutes in fixture markup: every kind of block a reader must give back. */
export const MINUTES_MARKUP = `# Health and Wellbeing Board

## Minutes of the meeting held on Tuesday 5 December 2024

**Present**

| Name | Role | Organisation |
|---|---|---|
| Councillor Asha Patel | Chair | Rotherham Council |
| Dr Jane Smith | Member | NHS South Yorkshire |

## 1. Apologies for absence

Apologies were received from Councillor Brown and from the Director of Public Health,
who was represented by Ms Green. The Board noted the apologies and welcomed the new
members of the Board to their first meeting.

## 2. Declarations of interest

There were no declarations of interest.

---page---

## 3. Better Care Fund

### Report of the Strategic Director

The Board considered the report of the Strategic Director on the Better Care Fund plan for 2024 to 2025, which set out the schemes proposed and the spending on each of them in some detail.

**RESOLVED:**

{(a)} That the Better Care Fund plan be approved.
{(b)} That the Director be asked to report back in March
on the outcomes of the schemes:
  {(i)} for older people;
  {(ii)} for carers.
{(c)} That the report be published.

Members raised the following points:

- waiting times for assessments
- the cost of home care

{1.} The Chair thanked the officers.
{2.} The meeting ended at 4.30 pm.
`;

/** A block as it can be compared across formats: white space as one space, and only what every format keeps. */
export type Comparable = {
  kind: SourceBlock['kind'];
  text: string;
  level?: number;
  bold?: boolean;
  listMarker?: string;
  listLevel?: number;
  cells?: string[];
};

const squash = (text: string): string => text.replace(/\s+/g, ' ').trim();

export function comparable(document: SourceDocument): Comparable[] {
  return document.blocks.map((block): Comparable => {
    if (block.kind === 'heading') return { kind: 'heading', text: squash(block.text), level: block.level };
    if (block.kind === 'row') return { kind: 'row', text: '', cells: block.cells.map((c) => squash(c.text)) };
    const kept: Comparable = { kind: 'paragraph', text: squash(block.text) };
    if (block.look?.bold === true) kept.bold = true;
    if (block.listMarker !== undefined) {
      kept.listMarker = block.listMarker;
      kept.listLevel = block.listLevel ?? 0;
    }
    return kept;
  });
}

/** The text of the lines a block was read from. */
export const linesOf = (document: SourceDocument, block: SourceBlock): string[] => document.lines.slice(block.lines.from - 1, block.lines.to);

/** A document that keeps to the schema the recogniser and the contract read. */
export const valid = (document: SourceDocument): SourceDocument => SourceDocumentSchema.parse(document);

/** Minutes as Minute Book itself prints them (the export tests' meeting), in Word and PDF. */
export async function exportedMinutes(): Promise<{ docx: Uint8Array; pdf: Uint8Array }> {
  const h = harness();
  try {
    const fixture = await buildExportFixture(h);
    const render = async (format: 'docx' | 'pdf'): Promise<Uint8Array> => {
      const file: ExportFile = await h.call('exports.render', { meetingId: fixture.meeting.id, kind: 'minutes', format, audience: 'private' });
      return new Uint8Array(h.bytes(file));
    };
    return { docx: await render('docx'), pdf: await render('pdf') };
  } finally {
    h.dispose();
  }
}
