import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Meeting, Person } from '../../../../shared/model';
import { harness, type Harness } from '../../../support/temp-backend';

let h: Harness;
beforeEach(() => {
  h = harness();
});
afterEach(() => h.dispose());

async function setUp(): Promise<{ boardId: string; people: Person[]; first: Meeting; second: Meeting }> {
  const board = await h.call('boards.create', { name: 'Riverside Co-production Board', shortCode: 'RCPB', kind: 'co-production-board', quorum: 3 });
  const people: Person[] = [];
  for (const [name, kind] of [
    ['Amina Okafor', 'councillor'],
    ['Dev Sharma', 'expert-by-experience'],
    ['Grace Whitfield', 'councillor'],
    ['Janet Morley', 'carer'],
  ] as const) {
    const person = await h.call('people.create', { name, kind, consentToBeNamed: kind !== 'carer' });
    await h.call('members.add', { boardId: board.id, personId: person.id, role: 'member', termStart: '2025-01-01' });
    people.push(person);
  }
  const first = await h.call('meetings.create', { boardId: board.id, date: '2025-06-10', startTime: '14:00', venue: 'Town Hall' });
  const second = await h.call('meetings.create', { boardId: board.id, date: '2025-07-15', startTime: '14:00', venue: 'Town Hall' });
  return { boardId: board.id, people, first, second };
}

describe('a meeting from agenda to signed minutes', () => {
  it('creates a meeting with the board’s standard items and puts business before any other business', async () => {
    const { first } = await setUp();
    await h.call('agenda.add', { meetingId: first.id, title: 'Carers’ breaks', purpose: 'decision' });
    const detail = await h.call('meetings.get', { id: first.id });
    expect(detail.items.map((i) => `${i.number} ${i.title}`)).toEqual([
      '1 Apologies for absence',
      '2 Declarations of interest',
      '3 Minutes of the previous meeting',
      '4 Matters arising and action log',
      '5 Carers’ breaks',
      '6 Any other business',
      '7 Date of next meeting',
    ]);
  });

  it('numbers minutes and references resolutions when the minutes are drafted, then locks them when signed', async () => {
    const { first, second, people } = await setUp();
    const [okafor, sharma, whitfield] = people as [Person, Person, Person, Person];
    const business = await h.call('agenda.add', { meetingId: first.id, title: 'Home care contract', purpose: 'decision' });
    const sub = await h.call('agenda.add', {
      meetingId: first.id,
      parentId: business.id,
      title: 'Provider’s improvement plan',
      purpose: 'information',
    });
    await h.call('meetings.publishAgenda', { id: first.id });
    const late = await h.call('agenda.add', { meetingId: first.id, title: 'Urgent item', purpose: 'information' });
    expect(late.supplementary).toBe(true);
    await h.call('meetings.hold', { id: first.id });

    await h.call('attendance.set', { meetingId: first.id, personId: okafor.id, status: 'present' });
    await h.call('declarations.add', {
      meetingId: first.id,
      itemId: business.id,
      personId: whitfield.id,
      type: 'disclosable-pecuniary',
      nature: 'Spouse is a director of a provider',
      leftTheRoom: true,
    });
    const barred = await h.refusal('resolutions.add', {
      meetingId: first.id,
      itemId: business.id,
      kind: 'RESOLVED',
      parts: ['That the contract be extended.'],
      recordedVote: [{ personId: whitfield.id, vote: 'for' }],
    });
    expect(barred.code).toBe('conflict');
    expect(barred.path).toBe('recordedVote.0.personId');

    const first1 = await h.call('resolutions.add', {
      meetingId: first.id,
      itemId: business.id,
      kind: 'RESOLVED',
      parts: ['That the contract be extended for twelve months.', 'That the provider report back in six months.'],
      recordedVote: [
        { personId: okafor.id, vote: 'for' },
        { personId: sharma.id, vote: 'against' },
      ],
      vote: { for: 1, against: 1, abstain: 0 },
    });
    expect(first1.vote).toEqual({ for: 1, against: 1, abstain: 0 });
    expect(first1.reference).toBeUndefined();
    await h.call('resolutions.add', { meetingId: first.id, itemId: business.id, kind: 'NOTED', parts: ['That the improvement plan be noted.'] });
    await h.call('minutes.save', {
      meetingId: first.id,
      itemId: business.id,
      text: 'Members asked about **staff turnover**.\n\n- Rates\n- Training',
    });
    await h.call('actions.add', {
      meetingId: first.id,
      itemId: business.id,
      text: 'Report back on turnover',
      owner: { kind: 'person', personId: sharma.id },
      due: { kind: 'date', date: '2025-07-01' },
    });

    await h.call('minutes.draft', { meetingId: first.id });
    const drafted = await h.call('meetings.get', { id: first.id });
    expect(drafted.meeting.status).toBe('minutes-drafted');
    const labels = drafted.items.map((i) => [i.title, i.minuteLabel]);
    expect(labels).toContainEqual(['Home care contract', '5.']);
    expect(labels).toContainEqual(['Provider’s improvement plan', '5.1']);
    expect(labels).toContainEqual(['Urgent item', '6.']);
    expect(drafted.resolutions.map((r) => r.reference)).toEqual(['RCPB/2025/5-1', 'RCPB/2025/5-2']);
    expect(sub.parentId).toBe(business.id);

    // The next meeting carries the open action and approves the minutes.
    const carried = await h.call('actions.openForMeeting', { meetingId: second.id });
    expect(carried.map((a) => a.text)).toEqual(['Report back on turnover']);
    await h.call('meetings.publishAgenda', { id: second.id });
    await h.call('minutes.approve', {
      meetingId: first.id,
      atMeetingId: second.id,
      signature: { name: 'Cllr Amina Okafor', signedOn: '2025-07-15' },
    });
    const signed = await h.call('meetings.get', { id: first.id });
    expect(signed.locked).toBe(true);
    expect(signed.meeting.approval?.signature.name).toBe('Cllr Amina Okafor');

    for (const [method, input] of [
      ['minutes.save', { meetingId: first.id, itemId: business.id, text: 'Changed' }],
      ['agenda.update', { meetingId: first.id, id: business.id, patch: { title: 'Changed' } }],
      ['resolutions.update', { meetingId: first.id, id: first1.id, patch: { parts: ['Changed'] } }],
      ['attendance.set', { meetingId: first.id, personId: sharma.id, status: 'present' }],
      ['meetings.update', { id: first.id, patch: { venue: 'Elsewhere' } }],
    ] as const) {
      expect((await h.refusal(method, input)).code, method).toBe('locked');
    }

    // A correction is a minute of a later meeting that points back.
    const correctionItem = await h.call('agenda.add', { meetingId: second.id, title: 'Correction to the minutes', purpose: 'decision' });
    const correction = await h.call('minutes.recordCorrection', {
      meetingId: second.id,
      itemId: correctionItem.id,
      corrects: { meetingId: first.id, itemId: business.id },
      text: 'The minute should have said eighteen months.',
    });
    expect(correction.corrects).toEqual({ meetingId: first.id, itemId: business.id });

    // Actions still move on after signing.
    const action = signed.actions[0]!;
    const done = await h.call('actions.addUpdate', { meetingId: first.id, id: action.id, status: 'done', note: 'Reported' });
    expect(done.history.map((u) => u.status)).toEqual(['done']);
    expect(await h.call('actions.openForMeeting', { meetingId: second.id })).toEqual([]);
  });

  it('continues minute numbers across the municipal year and survives a reopen', async () => {
    const { first, second } = await setUp();
    for (const m of [first, second]) {
      await h.call('meetings.publishAgenda', { id: m.id });
      await h.call('meetings.hold', { id: m.id });
    }
    await h.call('minutes.draft', { meetingId: first.id });
    h.reopen();
    await h.call('minutes.draft', { meetingId: second.id });
    const detail = await h.call('meetings.get', { id: second.id });
    expect(detail.items.map((i) => i.minuteLabel)).toEqual(['7.', '8.', '9.', '10.', '11.', '12.']);
  });

  it('goes on from the number the board had reached before Minute Book, in the board’s own pattern', async () => {
    const { boardId, first } = await setUp();
    await h.call('boards.update', {
      id: boardId,
      patch: {
        minuteNumbering: { template: 'RCPB/{year:compact}/{n:03}', restart: 'municipal-year', carriedFrom: { number: 67, date: '2025-05-20' } },
      },
    });
    await h.call('meetings.publishAgenda', { id: first.id });
    await h.call('meetings.hold', { id: first.id });
    await h.call('minutes.draft', { meetingId: first.id });
    const detail = await h.call('meetings.get', { id: first.id });
    expect(detail.items.map((i) => i.minuteLabel).slice(0, 2)).toEqual(['RCPB/2526/068', 'RCPB/2526/069']);
    expect(await h.refusal('boards.update', { id: boardId, patch: { minuteNumbering: { template: 'RCPB/{n:x}', restart: 'never' } } })).toMatchObject(
      {
        code: 'invalid_input',
        message: expect.stringContaining('In {n:x}, say after the colon how many digits'),
      },
    );
  });

  it('refuses steps out of order with invalid_transition', async () => {
    const { first } = await setUp();
    const refused = await h.refusal('meetings.hold', { id: first.id });
    expect(refused.code).toBe('invalid_transition');
    expect(refused.message).toContain('"Draft agenda"');
  });
});
