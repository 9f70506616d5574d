import { describe, expect, it } from 'vitest';
import { minutesProblem, recognisePastMinutes } from '../../../../shared/domain/past-minutes/recognise';
import { PastMinutesDraft } from '../../../../shared/model/past-minutes';
import { asPdfLines } from '../../../support/past-minutes/as-pdf-lines';
import { parseMarkup } from '../../../support/past-minutes/markup';

const MINUTES = `# Westmoor Health and Wellbeing Board

Minutes of the meeting held on Thursday, 12 March 2015 at 2.00 pm in the Council Chamber, Town Hall

Present: Councillor Asha Patel (Chair), Dr J Smith – Director of Public Health, NHS Westmoor

Apologies for absence: Councillor Tom Ray

**1. Declarations of interest**

None.

**2. Review of a care provider (exempt – paragraph 3)**

The Board considered the report.

RESOLVED: That the contract be extended to 31 March 2016.

ACTION: JS

The meeting closed at 4.05 pm.

Signed: Councillor Asha Patel, Chair

Date: 9 April 2015`;

describe('recognising past minutes', () => {
  const draft = recognisePastMinutes(parseMarkup(MINUTES, 'minutes.docx'));

  it('drafts what the schema accepts, naming the lines of each piece', () => {
    expect(PastMinutesDraft.safeParse(draft).success).toBe(true);
    expect(draft.boardName).toEqual({ value: 'Westmoor Health and Wellbeing Board', lines: { from: 1, to: 1 } });
    expect(draft.date).toEqual({ value: '2015-03-12', lines: { from: 2, to: 2 } });
    expect([draft.startTime?.value, draft.endTime?.value, draft.venue?.value]).toEqual(['14:00', '16:05', 'Council Chamber, Town Hall']);
  });

  it('reads attendance, items, decisions, exempt paragraphs, actions and approval', () => {
    expect(draft.attendance.map((p) => [p.name, p.status, p.role])).toEqual([
      ['Councillor Asha Patel', 'present', 'chair'],
      ['Dr J Smith', 'present', undefined],
      ['Councillor Tom Ray', 'apologies', undefined],
    ]);
    expect(draft.items.map((i) => [i.number, i.exemptParagraphs])).toEqual([
      ['1', undefined],
      ['2', [3]],
    ]);
    expect(draft.items[1]?.decisions[0]?.parts[0]?.text).toBe('That the contract be extended to 31 March 2016.');
    expect(draft.items[1]?.actions[0]).toMatchObject({ ownerText: 'JS', owner: { kind: 'initials', initials: 'JS' } });
    expect(draft.items[1]?.text).toBe('The Board considered the report.');
    expect(draft.approval).toEqual({ signedBy: 'Councillor Asha Patel', signedOn: '2015-04-09' });
    expect(draft.notes).toEqual([]);
  });

  it('notes what it could not find, and says when a document is not minutes', () => {
    const statement = parseMarkup('# Our view\n\nCo-production matters to community groups.\n\nWe would like to be involved earlier.', 'view.docx');
    expect(minutesProblem(statement)).toMatch(/not minutes/);
    expect(recognisePastMinutes(statement).notes).toEqual(expect.arrayContaining(['No meeting date was found.', 'No attendance list was found.']));
    expect(minutesProblem(parseMarkup(MINUTES, 'minutes.docx'))).toBeUndefined();
  });
});

describe('recognising documents that are jumbled', () => {
  it('never fails and always drafts what the schema accepts, whatever order the lines come in', async () => {
    const { readdirSync, readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const dir = join(__dirname, '../../../fixtures/past-minutes');
    const lines = readdirSync(dir)
      .filter((f) => f.endsWith('.md'))
      .flatMap((f) => readFileSync(join(dir, f), 'utf8').split('\n'));
    // A fixed seed, so a failure can be repeated.
    let seed = 20240607;
    const next = (): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed / 2147483648;
    };
    for (let run = 0; run < 40; run += 1) {
      const picked = Array.from({ length: 60 }, () => lines[Math.floor(next() * lines.length)] ?? '');
      const doc = parseMarkup(picked.join('\n'), `jumbled-${run}.pdf`);
      for (const shaped of [doc, asPdfLines(doc)]) {
        const parsed = PastMinutesDraft.safeParse(recognisePastMinutes(shaped));
        expect(parsed.success ? '' : `run ${run}: ${parsed.error.message}`).toBe('');
      }
    }
  });
});

describe('an action log above the first item', () => {
  it('becomes an item of its own holding the actions', () => {
    const doc = parseMarkup(
      '# Partnership Board\n\nMinutes of the meeting held on 3 May 2022\n\nPresent: Dr A Lee (Chair)\n\n| Ref | Action | Owner | Due |\n|---|---|---|---|\n| 1 | Send the plan | JB | June 2022 |\n\n**1. Welcome**\n\nThe Chair welcomed everyone.',
      'x.docx',
    );
    const draft = recognisePastMinutes(doc);
    expect(draft.items.map((i) => i.title)).toEqual(['Action log', 'Welcome']);
    expect(draft.items[0]?.actions[0]).toMatchObject({
      text: 'Send the plan',
      owner: { kind: 'initials', initials: 'JB' },
      due: { kind: 'month', month: '2022-06' },
    });
  });
});
