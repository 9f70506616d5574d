import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { docText } from '../../../../shared/document/text';
import { composeEasyReadAgenda, composeEasyReadMinutes, easyReadLines, EASY_READ_BODY_PT } from '../../../../shared/domain/compose/easy-read';
import type { MeetingData } from '../../../../shared/domain/compose/meeting-data';
import { arbitraryMeeting, findLeak } from '../../../support/arbitrary-meeting';
import { EXEMPT_DECISION, EXEMPT_MINUTE, EXEMPT_TITLE, meetingData } from './meeting-fixture';

const withSummaries = (data: MeetingData): MeetingData => ({
  ...data,
  items: data.items.map((item) =>
    item.id === 'i-breaks'
      ? { ...item, easyReadSummary: 'Carers need short breaks. Janet Morley told us what helps.\nWe will choose a new service.' }
      : item.id === 'i-exempt'
        ? { ...item, easyReadSummary: 'We talked about the Acme Care price.' }
        : item,
  ),
});

const lines = (doc: ReturnType<typeof composeEasyReadAgenda>): string[] => docText(doc).split('\n');

describe('easy-read agenda', () => {
  const doc = composeEasyReadAgenda(withSummaries(meetingData()));
  const text = lines(doc);

  it('is in large print: 18 pt body, and its headings no smaller than level 3 (21.6 pt)', () => {
    expect(doc.style.bodySizePt).toBe(EASY_READ_BODY_PT);
    expect(EASY_READ_BODY_PT).toBeGreaterThanOrEqual(16);
    for (const block of doc.blocks) if (block.kind === 'heading') expect(block.level).toBeLessThanOrEqual(3);
    expect(doc.blocks.some((b) => b.kind === 'list' || b.kind === 'table')).toBe(false);
  });

  it('says when and where in plain words, one idea a line', () => {
    expect(text).toEqual(
      expect.arrayContaining([
        'The meeting is on Tuesday 3 December 2024.',
        'It starts at 2.00 pm.',
        'It should end at about 4.30 pm.',
        'It is at Committee Room 2, Riverside Town Hall.',
      ]),
    );
  });

  it('prints each summary one sentence a line, and the purpose in plain words where there is none', () => {
    const start = text.indexOf('Item 3: Carers’ breaks service redesign');
    expect(text.slice(start, start + 6)).toEqual([
      'Item 3: Carers’ breaks service redesign',
      'Carers need short breaks.',
      'A carer told us what helps.',
      'We will choose a new service.',
      'Helen Carter will tell us about it.',
      'This should take about 40 minutes.',
    ]);
    expect(text).toContain('We will hear who cannot come.');
    expect(text).toContain('We will talk about this.');
  });

  it('shows an exempt item only as private, and names only those who agreed', () => {
    const all = docText(doc);
    for (const secret of [EXEMPT_TITLE, 'Acme', 'Janet Morley']) expect(all).not.toContain(secret);
    expect(all).toContain('This part of the meeting is private.');
    expect(doc.meta.audience).toBe('public');
  });
});

describe('easy-read minutes', () => {
  const doc = composeEasyReadMinutes(withSummaries(meetingData()));
  const text = lines(doc);

  it('gives what we decided and what happens next as lines of their own', () => {
    expect(text).toEqual(
      expect.arrayContaining(['What we decided: That the report be noted.', 'What we decided: That a workshop be arranged with carers.']),
    );
    expect(text).toEqual(
      expect.arrayContaining([
        'What happens next: Arrange a workshop with carers, with a carer invited.',
        'Who will do it: Priya Banerjee.',
        'By when: Friday 31 January 2025.',
      ]),
    );
  });

  it('says who came, by name only with consent, and that the minutes were agreed', () => {
    expect(text).toEqual(
      expect.arrayContaining([
        '5 people came to the meeting.',
        'Cllr Amina Okafor',
        'A carer',
        '1 person could not come.',
        'The board agreed these notes are right.',
      ]),
    );
  });

  it('leaves out everything of the exempt item but that it was private', () => {
    const all = docText(doc);
    for (const secret of [EXEMPT_TITLE, EXEMPT_MINUTE, EXEMPT_DECISION, 'Acme', 'Janet Morley', 'Tomasz Nowak']) expect(all).not.toContain(secret);
    expect(all).toContain('This part was private.');
  });

  it('never leaks exempt text or unconsented names, whatever the meeting (200 generated meetings, given the private data)', () => {
    fc.assert(
      fc.property(arbitraryMeeting, (generated) => {
        for (const doc of [composeEasyReadAgenda(generated.data), composeEasyReadMinutes(generated.data)]) {
          expect(findLeak(docText(doc), generated)).toBeUndefined();
        }
      }),
      { numRuns: 200 },
    );
  }, 60_000);
});

describe('easy-read lines', () => {
  it('splits a summary into one sentence a line, dropping blank lines', () => {
    expect(easyReadLines('We met. We talked.\n\nWe agreed.')).toEqual(['We met.', 'We talked.', 'We agreed.']);
  });
});
