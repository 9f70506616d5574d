import { describe, expect, it } from 'vitest';
import type { Block, DocModel } from '../../../../shared/document/model';
import { resolveHouseStyle } from '../../../../shared/document/house-style';
import { composeAnnualReport, type AnnualReportInput } from '../../../../shared/domain/reports/annual-report';
import { asSection } from '../../../../shared/domain/reports/embed-section';
import { formatPence } from '../../../../shared/domain/reward/money';
import type { Action } from '../../../../shared/model';
import { board, meeting } from '../../../support/builders';

const T = '2025-01-01T10:00:00.000Z';

const section = (title: string, body: string): DocModel => ({
  meta: { kind: 'report', title, subject: title, author: 'Riverside', language: 'en-GB', header: { left: '', right: '' }, audience: 'public' },
  style: resolveHouseStyle(board()),
  blocks: [
    { kind: 'paragraph', style: 'masthead', runs: [{ text: 'Riverside Borough Council' }] },
    { kind: 'heading', level: 1, runs: [{ text: title }] },
    { kind: 'heading', level: 2, runs: [{ text: `${title} detail` }] },
    { kind: 'paragraph', runs: [{ text: body }] },
  ],
});

function action(id: string, status: Action['status'], closed?: string): Action {
  return {
    id,
    meetingId: 'm1',
    text: `Action ${id}`,
    owner: { kind: 'organisation', name: 'Adult Social Care' },
    status,
    history: closed === undefined ? [] : [{ at: T, date: closed, status }],
    createdAt: T,
    updatedAt: T,
  };
}

function input(overrides: Partial<AnnualReportInput> = {}): AnnualReportInput {
  const b = board();
  const empty: DocModel = {
    meta: { kind: 'report', title: '', subject: '', author: '', language: 'en-GB', header: { left: '', right: '' }, audience: 'public' },
    style: resolveHouseStyle(b),
    blocks: [],
  };
  return {
    board: b,
    period: { from: '2025-05-01', to: '2026-04-30' },
    meetings: [
      meeting({ id: 'm1', date: '2025-06-10', status: 'minutes-signed', venue: 'Town Hall' }),
      meeting({ id: 'm2', date: '2025-09-09', status: 'cancelled' }),
      meeting({ id: 'm3', date: '2025-11-11', status: 'minutes-drafted', venue: 'Town Hall' }),
    ],
    actions: {
      audience: 'public',
      board: b,
      people: [],
      today: '2026-01-01',
      recentDays: 90,
      entries: [
        { action: action('a1', 'done', '2025-07-01'), meetingDate: '2025-06-10', fromPrivateItem: false },
        { action: action('a2', 'done', '2025-03-01'), meetingDate: '2025-02-10', fromPrivateItem: false },
        { action: action('a3', 'open'), meetingDate: '2025-06-10', fromPrivateItem: false },
      ],
    },
    reward: { claims: 6, people: 3, rewardPence: 24_000, expensesPence: 1_440, declinedClaims: 1, paidPence: 12_000 },
    sections: { participation: empty, coproduction: empty, youSaidWeDid: empty },
    money: formatPence,
    ...overrides,
  };
}

const words = (blocks: readonly Block[]): string =>
  blocks
    .map((b) =>
      b.kind === 'heading' || b.kind === 'paragraph'
        ? b.runs.map((r) => r.text).join('')
        : b.kind === 'table'
          ? b.rows.map((r) => r.map((c) => c.map((x) => x.text).join('')).join(' | ')).join('\n')
          : '',
    )
    .join('\n');

describe('the annual report', () => {
  it('counts the meetings held and cancelled and lists them', () => {
    const text = words(composeAnnualReport(input()).blocks);
    expect(text).toContain('The board met 2 times. 1 meeting was cancelled. The minutes of 1 of them have been approved and signed.');
    expect(text).toContain('Tuesday 10 June 2025 | Town Hall | Minutes approved and signed');
  });

  it('gives reward in aggregate only', () => {
    const text = words(composeAnnualReport(input()).blocks);
    expect(text).toContain(
      '3 people made 6 claims for their time and costs. Reward for time came to £240.00 and expenses to £14.40; £120.00 of this has been paid.',
    );
    expect(text).toContain('In 1 claim the person chose not to be paid for their time.');
  });

  it('lists the actions completed within the period only', () => {
    const text = words(composeAnnualReport(input()).blocks);
    expect(text).toContain('1 action was completed.');
    expect(text).toContain('Action a1');
    expect(text).not.toContain('Action a2');
    expect(text).not.toContain('Action a3');
  });

  it('takes the other reports in as sections, one heading level down and without their mastheads', () => {
    const doc = composeAnnualReport(
      input({
        sections: {
          participation: section('Participation', 'Twelve people took part.'),
          coproduction: section('Ratings', 'Rated twice.'),
          youSaidWeDid: section('You said', 'Four things.'),
        },
      }),
    );
    const headings = doc.blocks.filter((b) => b.kind === 'heading').map((b) => (b.kind === 'heading' ? `${b.level} ${b.runs[0]?.text ?? ''}` : ''));
    expect(headings).toEqual([
      '1 Annual report: Riverside Co-production Board',
      '2 Meetings held',
      '2 Participation',
      '3 Participation detail',
      '2 Ratings',
      '3 Ratings detail',
      '2 Reward and recognition',
      '2 You said',
      '3 You said detail',
      '2 Actions completed',
    ]);
    expect(doc.blocks.filter((b) => b.kind === 'paragraph' && b.style === 'masthead')).toHaveLength(1);
    expect(doc.meta).toMatchObject({ kind: 'report', audience: 'public' });
  });

  it('says so when there was nothing to report', () => {
    const text = words(
      composeAnnualReport(
        input({
          meetings: [],
          reward: { claims: 0, people: 0, rewardPence: 0, expensesPence: 0, declinedClaims: 0, paidPence: 0 },
          actions: { ...input().actions, entries: [] },
        }),
      ).blocks,
    );
    expect(text).toContain('The board had no meetings in this period.');
    expect(text).toContain('No claims for reward or expenses were made in this period.');
    expect(text).toContain('No actions were completed in this period.');
  });

  it('demotes headings no further than the lowest level', () => {
    expect(asSection(section('A', 'b')).map((b) => (b.kind === 'heading' ? b.level : 0))).toEqual([2, 3, 0]);
  });
});
