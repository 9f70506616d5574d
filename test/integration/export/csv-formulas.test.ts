import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExportFile } from '../../../shared/api/exports';
import { harness, type Harness } from '../../support/temp-backend';

/** Text a spreadsheet would run: DDE that starts a program, and arithmetic that proves a formula ran. */
const DDE = "-2+3+cmd|' /C calc'!A0";
const SUM = '-1+1';
const PLAIN_NUMBER = /^-£?(\d+|\d{1,3}(,\d{3})+)(\.\d+)?$/;

/** The cells of a CSV as a spreadsheet reads them: quoted fields, doubled quotes, CRLF rows. */
function cells(csv: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  const text = csv.replace(/^\uFEFF/, '');
  for (let i = 0; i < text.length; i += 1) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i += 1;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',' || c === '\n') {
      out.push(cell.replace(/\r$/, ''));
      cell = '';
    } else cell += c;
  }
  if (cell !== '') out.push(cell);
  return out;
}

describe('every CSV Minute Book writes', () => {
  let h: Harness;
  const files = new Map<string, string>();
  const text = (file: ExportFile): string => h.bytes(file).toString('utf8');

  beforeAll(async () => {
    h = harness();
    h.clock.set('2025-07-01T09:00:00.000Z');
    const board = await h.call('boards.create', { name: 'Riverside Co-production Board', shortCode: 'RCPB', kind: 'co-production-board', quorum: 1 });
    const dev = await h.call('people.create', { name: 'Dev Sharma', kind: 'expert-by-experience', consentToBeNamed: true });
    await h.call('members.add', { boardId: board.id, personId: dev.id, role: 'member', termStart: '2025-01-01' });
    const meeting = await h.call('meetings.create', {
      boardId: board.id,
      date: '2025-06-10',
      startTime: '14:00',
      title: DDE,
      withStandardItems: false,
    });
    const item = await h.call('agenda.add', { meetingId: meeting.id, title: DDE, purpose: 'decision' });
    await h.call('resolutions.add', { meetingId: meeting.id, itemId: item.id, kind: 'RECOMMENDED', recommendedTo: DDE, parts: [SUM] });
    await h.call('actions.add', { meetingId: meeting.id, itemId: item.id, text: DDE, owner: { kind: 'organisation', name: SUM } });
    await h.call('reward.rates.set', { role: 'expert-by-experience', band: 'up-to-half-day', amountPence: 2500, effectiveFrom: '2024-04-06' });
    await h.call('reward.claims.create', {
      personId: dev.id,
      boardId: board.id,
      meetingId: meeting.id,
      activity: 'meeting',
      description: DDE,
      durationMinutes: 120,
      expenses: [{ kind: 'travel', amountPence: 640, receiptReference: SUM }],
      choice: { kind: 'bank-transfer' },
    });
    await h.call('youSaid.create', {
      boardId: board.id,
      target: { kind: 'item', meetingId: meeting.id, recordId: item.id },
      said: DDE,
      raised: { meetingId: meeting.id, raiserKind: 'carer' },
    });
    const six = await h.call('criteriaSets.addDefault', { boardId: board.id, key: 'six-point-test' });
    await h.call('ratings.create', {
      boardId: board.id,
      criteriaSetId: six.id,
      subject: { kind: 'project', name: DDE },
      ratedOn: '2025-06-10',
      scores: [{ criterionId: 'reciprocal-reward', score: 3, evidence: SUM }],
      ratedBy: [],
    });

    files.set('action log', text(await h.call('exports.render', { boardId: board.id, kind: 'actions', format: 'csv' })));
    files.set(
      'resolutions register',
      text(await h.call('exports.render', { meetingId: meeting.id, kind: 'resolutions', format: 'csv', audience: 'private' })),
    );
    files.set('finance CSV', text(await h.call('reward.financeCsv', {})));
    for (const kind of ['reward', 'participation', 'coproduction', 'you-said-we-did'] as const) {
      files.set(`${kind} report`, text(await h.call('reports.render', { boardId: board.id, kind, format: 'csv' })));
    }
  }, 120_000);

  afterAll(() => h?.dispose());

  it('writes formula text with an apostrophe in front, a dash and a digit included', () => {
    const withText = ['action log', 'resolutions register', 'finance CSV', 'reward report', 'coproduction report', 'you-said-we-did report'];
    for (const name of withText) expect(cells(files.get(name) ?? ''), name).toContain(`'${DDE}`);
    expect(cells(files.get('action log') ?? '')).toContain(`'${SUM}`);
    expect(cells(files.get('resolutions register') ?? '')).toContain(`'${DDE}`);
  });

  it('leaves no cell in any of them that a spreadsheet would run, plain numbers aside', () => {
    expect(files.size).toBe(7);
    for (const [name, csv] of files) {
      const dangerous = cells(csv).filter((cell) => /^[\s]*[=+\-@＝＋－＠]|^[\t\r]/.test(cell) && !PLAIN_NUMBER.test(cell));
      expect(dangerous, name).toEqual([]);
    }
  });
});
