import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Input } from '../../../../shared/api';
import type { ExportFile } from '../../../../shared/api/exports';
import type { Board, Meeting, Person } from '../../../../shared/model';
import { harness, type Harness } from '../../../support/temp-backend';
import { docxText, pdfBodyText } from '../../export/tools';

let h: Harness;
beforeEach(() => {
  h = harness();
  h.clock.set('2025-07-01T09:00:00.000Z');
});
afterEach(() => h.dispose());

type Setup = {
  readonly board: Board;
  readonly other: Board;
  readonly dev: Person;
  readonly janet: Person;
  readonly june: Meeting;
  readonly july: Meeting;
};

async function setUp(): Promise<Setup> {
  const board = await h.call('boards.create', {
    name: 'Riverside Co-production Board',
    shortCode: 'RCPB',
    kind: 'co-production-board',
    quorum: 3,
    organisation: 'Riverside Borough Council',
  });
  const other = await h.call('boards.create', { name: 'Health Board', shortCode: 'HB', kind: 'committee', quorum: 3 });
  const dev = await h.call('people.create', { name: 'Dev Sharma', kind: 'expert-by-experience', consentToBeNamed: true });
  const janet = await h.call('people.create', { name: 'Janet Morley', kind: 'carer', consentToBeNamed: false });
  const june = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00' });
  const july = await h.call('meetings.create', { boardId: board.id, date: '2025-07-15', startTime: '14:00' });
  await h.call('reward.rates.set', { role: 'expert-by-experience', band: 'up-to-half-day', amountPence: 2500, effectiveFrom: '2024-04-06' });
  await h.call('reward.rates.set', { role: 'expert-by-experience', band: 'over-half-day', amountPence: 5000, effectiveFrom: '2024-04-06' });
  await h.call('reward.rates.set', { role: 'expert-by-experience', band: 'preparation-hour', amountPence: 1000, effectiveFrom: '2024-04-06' });
  return { board, other, dev, janet, june, july };
}

const meetingClaim = (s: Setup, overrides: Partial<Input<'reward.claims.create'>> = {}): Input<'reward.claims.create'> => ({
  personId: s.dev.id,
  boardId: s.board.id,
  meetingId: s.june.id,
  activity: 'meeting',
  durationMinutes: 150,
  preparationMinutes: 90,
  expenses: [{ kind: 'travel', amountPence: 640, receiptReference: 'TR-0042', description: 'Bus fare' }],
  choice: { kind: 'bank-transfer' },
  benefitsAdvice: { offered: true, offeredOn: '2025-06-10' },
  ...overrides,
});

describe('reward rates', () => {
  it('keeps each rate from its date, with the day it stopped applying once another took over', async () => {
    const s = await setUp();
    await h.call('reward.rates.set', { role: 'expert-by-experience', band: 'up-to-half-day', amountPence: 3000, effectiveFrom: '2025-09-01' });
    await h.call('reward.rates.set', {
      boardId: s.other.id,
      role: 'expert-by-experience',
      band: 'up-to-half-day',
      amountPence: 4000,
      effectiveFrom: '2025-04-06',
    });
    const halfDay = (await h.call('reward.rates.list', { boardId: s.board.id })).filter((r) => r.band === 'up-to-half-day');
    expect(halfDay.map((r) => [r.amountPence, r.effectiveFrom, r.until, r.boardName])).toEqual([
      [2500, '2024-04-06', '2025-08-31', undefined],
      [3000, '2025-09-01', undefined, undefined],
    ]);
    expect((await h.call('reward.rates.list', {})).filter((r) => r.boardName === 'Health Board')).toHaveLength(1);
  });

  it('refuses a second rate for the same role, band and date, and says how to change a rate', async () => {
    await setUp();
    const refusal = await h.refusal('reward.rates.set', {
      role: 'expert-by-experience',
      band: 'up-to-half-day',
      amountPence: 2600,
      effectiveFrom: '2024-04-06',
    });
    expect(refusal).toMatchObject({ code: 'conflict', path: 'effectiveFrom' });
    expect(refusal.message).toContain('add the new rate from the day it applies');
  });

  it('removes a rate entered by mistake, but never one a claim used', async () => {
    const s = await setUp();
    const mistake = await h.call('reward.rates.set', { role: 'carer', band: 'up-to-half-day', amountPence: 99900, effectiveFrom: '2025-04-06' });
    expect(await h.call('reward.rates.remove', { id: mistake.id })).toEqual({ removed: [mistake.id] });
    const claim = await h.call('reward.claims.create', meetingClaim(s));
    const used = claim.reward[0]?.rateId ?? '';
    const refusal = await h.refusal('reward.rates.remove', { id: used });
    expect(refusal.code).toBe('conflict');
    expect(refusal.message).toBe(
      'A claim was worked out with this rate, so it stays on record. To change the rate, add a new one from the day it changes.',
    );
    expect((await h.call('reward.rates.list', {})).find((r) => r.id === used)?.claimsUsing).toBe(1);
  });
});

describe('reward claims', () => {
  it('works out the reward from the rates in force on the meeting’s date and keeps the rates it used', async () => {
    const s = await setUp();
    const claim = await h.call('reward.claims.create', meetingClaim(s));
    expect(claim).toMatchObject({ date: '2025-06-10', status: 'due', benefitsAdvice: { offered: true, offeredOn: '2025-06-10' } });
    expect(claim.reward.map((l) => [l.band, l.quantity, l.unitPence, l.amountPence])).toEqual([
      ['up-to-half-day', 1, 2500, 2500],
      ['preparation-hour', 1.5, 1000, 1500],
    ]);
    const [view] = await h.call('reward.claims.list', { meetingId: s.june.id });
    expect(view).toMatchObject({
      personName: 'Dev Sharma',
      boardName: 'Riverside Co-production Board',
      meetingLabel: 'Meeting on 10 June 2025',
      taxYear: '2025/26',
      rewardPence: 4000,
      expensesPence: 640,
      payablePence: 4640,
    });
  });

  it('refuses a claim no rate covers, saying which rate to add', async () => {
    const s = await setUp();
    const refusal = await h.refusal('reward.claims.create', meetingClaim(s, { personId: s.janet.id, preparationMinutes: 0 }));
    expect(refusal.code).toBe('conflict');
    expect(refusal.message).toBe(
      'No reward rate applies to this claim. Add a rate for Carer, "Up to half a day", from Tuesday 10 June 2025 or earlier, for Riverside Co-production Board or for all boards; then enter the claim again.',
    );
    expect(await h.call('reward.claims.list', {})).toEqual([]);
  });

  it('refuses a claim before the first rate, a meeting of another board, a second claim for the same meeting, and an empty claim', async () => {
    const s = await setUp();
    expect(
      (await h.refusal('reward.claims.create', meetingClaim(s, { meetingId: undefined, activity: 'training', date: '2024-04-05' }))).message,
    ).toContain('from Friday 5 April 2024 or earlier');
    expect(await h.refusal('reward.claims.create', meetingClaim(s, { boardId: s.other.id }))).toMatchObject({
      code: 'invalid_input',
      path: 'meetingId',
    });
    expect(await h.refusal('reward.claims.create', meetingClaim(s, { meetingId: undefined, activity: 'other' }))).toMatchObject({
      code: 'invalid_input',
      path: 'date',
    });
    await h.call('reward.claims.create', meetingClaim(s));
    expect((await h.refusal('reward.claims.create', meetingClaim(s))).message).toBe(
      'Dev Sharma already has a claim for this meeting: change that claim instead.',
    );
    expect(
      await h.refusal('reward.claims.create', meetingClaim(s, { meetingId: s.july.id, durationMinutes: 0, preparationMinutes: 0, expenses: [] })),
    ).toMatchObject({
      code: 'invalid_input',
      message: 'A claim needs time given, preparation time or an expense.',
    });
    expect(await h.refusal('reward.claims.create', meetingClaim(s, { meetingId: s.july.id, benefitsAdvice: { offered: true } }))).toMatchObject({
      path: 'benefitsAdvice.offeredOn',
    });
  });

  it('leaves earlier claims as they were when the rate changes mid-year', async () => {
    const s = await setUp();
    const june = await h.call('reward.claims.create', meetingClaim(s));
    await h.call('reward.rates.set', { role: 'expert-by-experience', band: 'up-to-half-day', amountPence: 3000, effectiveFrom: '2025-07-01' });
    const july = await h.call('reward.claims.create', meetingClaim(s, { meetingId: s.july.id, preparationMinutes: 0, expenses: [] }));
    expect(july.reward.map((l) => l.amountPence)).toEqual([3000]);
    const [juneAgain] = await h.call('reward.claims.list', { meetingId: s.june.id });
    expect(juneAgain?.reward).toEqual(june.reward);
    // An edit keeps the stored lines; asking to recalculate works them out afresh (the June rate is still £25).
    const edited = await h.call('reward.claims.update', { id: june.id, patch: { durationMinutes: 300 } });
    expect(edited.reward).toEqual(june.reward);
    const recalculated = await h.call('reward.claims.update', { id: june.id, patch: {}, recalculate: true });
    expect(recalculated.reward.map((l) => [l.band, l.amountPence])).toEqual([
      ['over-half-day', 5000],
      ['preparation-hour', 1500],
    ]);
  });

  it('moves due → approved → paid with dates, then locks the claim but its note', async () => {
    const s = await setUp();
    const claim = await h.call('reward.claims.create', meetingClaim(s));
    expect(await h.refusal('reward.claims.setStatus', { id: claim.id, status: 'paid' })).toMatchObject({
      code: 'invalid_transition',
      message: 'Approve the claim before marking it paid.',
    });
    const approved = await h.call('reward.claims.setStatus', { id: claim.id, status: 'approved', date: '2025-06-12' });
    expect(approved).toMatchObject({ status: 'approved', approvedOn: '2025-06-12' });
    expect((await h.refusal('reward.claims.update', { id: claim.id, patch: { preparationMinutes: 0 } })).message).toBe(
      'This claim has been approved, so only its note can change. Return it to due to correct it.',
    );
    expect(await h.refusal('reward.claims.setStatus', { id: claim.id, status: 'paid', date: '2025-06-11' })).toMatchObject({
      code: 'invalid_input',
      path: 'date',
    });
    const paid = await h.call('reward.claims.setStatus', { id: claim.id, status: 'paid' });
    expect(paid).toMatchObject({ status: 'paid', approvedOn: '2025-06-12', paidOn: '2025-07-01' });
    expect(await h.refusal('reward.claims.update', { id: claim.id, patch: { choice: { kind: 'vouchers' } } })).toMatchObject({
      code: 'locked',
      message: 'This claim has been paid, so only its note can change.',
    });
    expect(await h.refusal('reward.claims.setStatus', { id: claim.id, status: 'due' })).toMatchObject({ code: 'invalid_transition' });
    expect(await h.refusal('reward.claims.remove', { id: claim.id })).toMatchObject({ code: 'locked' });
    const noted = await h.call('reward.claims.update', { id: claim.id, patch: { note: 'Paid in the June run' } });
    expect(noted).toMatchObject({ status: 'paid', note: 'Paid in the June run', reward: claim.reward, expenses: claim.expenses });
  });

  it('sends an approved claim back to due to correct it, and removes a due claim', async () => {
    const s = await setUp();
    const claim = await h.call('reward.claims.create', meetingClaim(s));
    await h.call('reward.claims.setStatus', { id: claim.id, status: 'approved' });
    const back = await h.call('reward.claims.setStatus', { id: claim.id, status: 'due' });
    expect(back.status).toBe('due');
    expect(back.approvedOn).toBeUndefined();
    const corrected = await h.call('reward.claims.update', {
      id: claim.id,
      patch: { expenses: [], choice: { kind: 'donation', charity: 'Riverside Food Bank' } },
    });
    expect(corrected).toMatchObject({ expenses: [], choice: { kind: 'donation', charity: 'Riverside Food Bank' } });
    expect(await h.call('reward.claims.remove', { id: claim.id })).toEqual({ removed: [claim.id] });
    expect(await h.call('reward.claims.list', {})).toEqual([]);
  });

  it('filters by board, person, tax year and status', async () => {
    const s = await setUp();
    await h.call('reward.claims.create', meetingClaim(s));
    const training = await h.call(
      'reward.claims.create',
      meetingClaim(s, { meetingId: undefined, activity: 'training', date: '2026-04-06', expenses: [] }),
    );
    await h.call('reward.claims.setStatus', { id: training.id, status: 'approved' });
    const ids = async (input: Parameters<typeof h.call<'reward.claims.list'>>[1]): Promise<string[]> =>
      (await h.call('reward.claims.list', input)).map((c) => c.activity);
    expect(await ids({})).toEqual(['training', 'meeting']);
    expect(await ids({ taxYear: '2025/26' })).toEqual(['meeting']);
    expect(await ids({ taxYear: '2026/27' })).toEqual(['training']);
    expect(await ids({ status: 'approved' })).toEqual(['training']);
    expect(await ids({ personId: s.janet.id })).toEqual([]);
    expect(await ids({ boardId: s.other.id })).toEqual([]);
    expect(await h.refusal('reward.claims.list', { taxYear: '2025' })).toMatchObject({ code: 'invalid_input', path: 'taxYear' });
  });
});

describe('reward totals, the finance export and statements', () => {
  async function withClaims(): Promise<Setup & { paidId: string }> {
    const s = await setUp();
    const paid = await h.call('reward.claims.create', meetingClaim(s));
    await h.call('reward.claims.setStatus', { id: paid.id, status: 'approved', date: '2025-06-12' });
    await h.call('reward.claims.setStatus', { id: paid.id, status: 'paid', date: '2025-06-20' });
    await h.call(
      'reward.claims.create',
      meetingClaim(s, {
        meetingId: s.july.id,
        preparationMinutes: 0,
        expenses: [],
        choice: { kind: 'declined' },
        benefitsAdvice: { offered: false },
      }),
    );
    await h.call(
      'reward.claims.create',
      meetingClaim(s, { meetingId: undefined, activity: 'training', date: '2025-04-05', preparationMinutes: 0, expenses: [] }),
    );
    return { ...s, paidId: paid.id };
  }

  it('totals a person’s tax year, the declined reward paying nothing', async () => {
    await withClaims();
    const [dev] = await h.call('reward.totals', { taxYear: '2025/26' });
    expect(dev).toMatchObject({
      personName: 'Dev Sharma',
      claims: 2,
      rewardPence: 6500,
      declinedRewardPence: 2500,
      expensesPence: 640,
      payablePence: 4640,
      byStatus: { paid: 4640, approved: 0, due: 0 },
    });
    expect(await h.call('reward.totals', { taxYear: '2024/25' })).toMatchObject([{ claims: 1, rewardPence: 2500 }]);
  });

  it('exports the claims as CSV for finance with receipts and payment dates', async () => {
    const s = await withClaims();
    const file = await h.call('reward.financeCsv', { boardId: s.board.id, taxYear: '2025/26' });
    expect(file.fileName).toBe('Reward claims RCPB 2025-26 2025-07-01.csv');
    expect(file.mediaType).toBe('text/csv; charset=utf-8');
    const lines = h
      .bytes(file)
      .toString('utf8')
      .replace(/^\uFEFF/, '')
      .trimEnd()
      .split('\r\n');
    expect(lines).toHaveLength(3);
    expect(lines[0]).toBe(
      'Claim id,Person,Board,Date,Tax year,Activity,Meeting,Description,Reward (£),Reward worked out,Travel (£),Travel receipts,Carer costs (£),Carer cost receipts,Other expenses (£),Other expense receipts,Expenses in detail,Total to pay (£),Payment choice,Charity,Status,Approved on,Paid on',
    );
    expect(lines[1]).toBe(
      `${s.paidId},Dev Sharma,Riverside Co-production Board,2025-06-10,2025/26,Meeting,Meeting on 10 June 2025,,40.00,Up to half a day: 1 × 25.00 = 25.00; Preparation, per hour: 1.5 h × 10.00 = 15.00,6.40,TR-0042,0.00,,0.00,,Travel 6.40 (receipt TR-0042): Bus fare,46.40,Bank transfer,,Paid,2025-06-12,2025-06-20`.replace(
        'Up to half a day: 1 × 25.00 = 25.00; Preparation, per hour: 1.5 h × 10.00 = 15.00',
        '"Up to half a day: 1 × 25.00 = 25.00; Preparation, per hour: 1.5 h × 10.00 = 15.00"',
      ),
    );
    expect(lines[2]).toContain(',25.00,Up to half a day: 1 × 25.00 = 25.00,0.00,,0.00,,0.00,,,0.00,Declined,,Due,,');
  });

  async function saved(file: ExportFile): Promise<string> {
    const dir = mkdtempSync(path.join(os.tmpdir(), 'reward-statement-'));
    const target = path.join(dir, file.fileName);
    writeFileSync(target, h.bytes(file));
    return target;
  }

  it('writes a person’s statement for the tax year in Word and PDF with the same words', async () => {
    const s = await withClaims();
    const docx = await h.call('reward.statement', { personId: s.dev.id, taxYear: '2025/26', format: 'docx' });
    const pdf = await h.call('reward.statement', { personId: s.dev.id, taxYear: '2025/26', format: 'pdf' });
    expect(docx.fileName).toBe('Reward statement Dev Sharma 2025-26.docx');
    expect(pdf.fileName).toBe('Reward statement Dev Sharma 2025-26.pdf');
    const docxFile = await saved(docx);
    const pdfFile = await saved(pdf);
    try {
      const fromWord = await docxText(docxFile);
      const fromPdf = pdfBodyText(pdfFile).replace(/\s+/g, ' ');
      for (const text of [fromWord.replace(/\s+/g, ' '), fromPdf]) {
        expect(text).toContain('Riverside Borough Council');
        expect(text).toContain('Reward statement for Dev Sharma');
        expect(text).toContain('6 April 2025 to 5 April 2026');
        expect(text).toContain('Reward for your time: £65.00');
        expect(text).toContain('Reward you chose not to receive: £25.00');
        expect(text).toContain('Paid so far: £46.40');
        expect(text).toContain('TR-0042');
        expect(text).toContain('Benefits advice was offered to you on Tuesday 10 June 2025.');
        // The claim of 5 April 2025 is in the tax year before.
        expect(text).not.toContain('5 April 2025 Training');
      }
    } finally {
      rmSync(path.dirname(docxFile), { recursive: true, force: true });
      rmSync(path.dirname(pdfFile), { recursive: true, force: true });
    }
  });
});
