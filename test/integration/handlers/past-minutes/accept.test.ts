import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Board, PastMinutesDraft } from '../../../../shared/model';
import { harness, type Harness } from '../../../support/temp-backend';

const at = (from: number, to = from) => ({ lines: { from, to } });

/** Minutes of a past meeting as the clerk accepts them after review. */
function draft(overrides: Partial<PastMinutesDraft> = {}): PastMinutesDraft {
  return {
    date: { value: '2015-03-12', ...at(2) },
    startTime: { value: '14:00', ...at(2) },
    venue: { value: 'Town Hall, Rotherham', ...at(3) },
    attendance: [
      { name: 'Councillor Asha Patel', role: 'chair', status: 'present', ...at(5) },
      { name: 'Councillor Tom Hughes', initials: 'TH', status: 'present', ...at(5) },
      { name: 'Dr Jane Smith', jobTitle: 'Director of Public Health', status: 'in-attendance', ...at(6) },
      { name: 'Councillor Bev Lane', status: 'present', ...at(5) },
      { name: 'Councillor Carl Reed', status: 'apologies', ...at(7) },
    ],
    declarations: [{ name: 'Councillor Tom Hughes', itemNumber: '4', nature: 'His wife works for the carers’ service.', ...at(9) }],
    items: [
      { number: '1', minuteNumber: 'HWB44', title: 'Declarations of interest', text: '', decisions: [], actions: [], ...at(8, 9) },
      {
        number: '4',
        minuteNumber: 'HWB45',
        title: 'Service co-production',
        text: 'Consideration was given to a report.\n\nPartners were advised of the next steps.',
        decisions: [
          {
            verb: 'RESOLVED',
            numbering: 'numbers',
            parts: [
              { label: '1', level: 0, text: 'That the report be noted.' },
              { label: '2', level: 0, text: 'That a workshop be arranged.' },
            ],
            mover: 'Councillor Asha Patel',
            seconder: 'Cllr T Hughes',
            vote: { for: 5, against: 1, named: [{ name: 'Councillor Bev Lane', vote: 'against' }] },
            outcome: 'carried',
            ...at(14, 16),
          },
        ],
        actions: [
          { text: 'Arrange a workshop', ownerText: 'TH', due: { kind: 'month', month: '2015-05' }, reference: 'A15/03', ...at(17) },
          { text: 'Circulate the report', ownerText: 'Democratic Services', ...at(18) },
          { text: 'Find a venue', ownerText: 'TBC', ...at(19) },
        ],
        ...at(10, 19),
      },
      {
        number: '5',
        title: 'Carers’ contract',
        exemptParagraphs: [3, 1],
        text: 'Members discussed the tender.',
        decisions: [],
        actions: [],
        ...at(20, 22),
      },
    ],
    approval: { signedBy: 'Councillor Asha Patel', signedOn: '2015-04-09' },
    notes: [],
    ...overrides,
  };
}

const source = { fileName: 'HWB minutes 12 March 2015.docx', format: 'docx' as const };

let h: Harness;
let board: Board;
beforeEach(async () => {
  h = harness();
  board = await h.call('boards.create', { name: 'Health and Wellbeing Board', shortCode: 'HWB', kind: 'committee', quorum: 3 });
});
afterEach(() => {
  vi.restoreAllMocks();
  h.dispose();
});

describe('accepting reviewed past minutes', () => {
  it('stores a historic meeting, signed and locked, with everything it recorded, in one commit', async () => {
    const commits = vi.spyOn(h.backend.repository, 'commit');
    const { meeting, created } = await h.call('pastMinutes.accept', { boardId: board.id, source, draft: draft() });
    expect(commits).toHaveBeenCalledTimes(1);
    expect(created).toEqual({ people: 5, memberships: 4, items: 3, decisions: 1, actions: 3, declarations: 1 });
    expect(meeting).toMatchObject({
      date: '2015-03-12',
      startTime: '14:00',
      venue: 'Town Hall, Rotherham',
      status: 'minutes-signed',
      historic: { source: { fileName: 'HWB minutes 12 March 2015.docx', format: 'docx' } },
      approval: { signature: { name: 'Councillor Asha Patel', signedOn: '2015-04-09' } },
    });

    const detail = await h.call('meetings.get', { id: meeting.id });
    expect(detail.items.map((i) => [i.title, i.minuteNumber])).toEqual([
      ['Declarations of interest', 44],
      ['Service co-production', 45],
      ['Carers’ contract', 46],
    ]);
    expect(detail.items[2]?.confidentiality).toEqual({ access: 'exempt', category: 3, furtherCategories: [1] });
    const people = await h.call('people.list', {});
    const named = (id: string | undefined) => people.find((p) => p.id === id)?.publicName;
    const resolution = detail.resolutions[0];
    expect(resolution?.parts.map((p) => p.text)).toEqual(['That the report be noted.', 'That a workshop be arranged.']);
    // "Cllr T Hughes" is the Councillor Tom Hughes of the attendance list: one person, not two.
    expect(resolution?.seconder).toEqual({ personId: people.find((p) => p.publicName === 'Councillor Tom Hughes')?.id });
    expect(resolution?.recordedVote?.map((v) => [named(v.personId), v.vote])).toEqual([['Councillor Bev Lane', 'against']]);
    expect(resolution?.vote).toEqual({ for: 5, against: 1 });
    expect(detail.actions.map((a) => [a.text, a.owner.kind, a.references])).toEqual([
      ['Arrange a workshop', 'person', ['A15/03']],
      ['Circulate the report', 'organisation', undefined],
      ['Find a venue', 'tbc', undefined],
    ]);
    expect(detail.declarations.map((d) => [named(d.personId), detail.items.find((i) => i.id === d.itemId)?.title])).toEqual([
      ['Councillor Tom Hughes', 'Service co-production'],
    ]);
    expect(detail.attendance.map((a) => [named(a.personId), a.status])).toEqual([
      ['Councillor Asha Patel', 'present'],
      ['Councillor Tom Hughes', 'present'],
      ['Dr Jane Smith', 'in-attendance'],
      ['Councillor Bev Lane', 'present'],
      ['Councillor Carl Reed', 'apologies'],
    ]);

    // Locked like any signed minutes.
    const refused = await h.refusal('minutes.save', { meetingId: meeting.id, itemId: detail.items[1]?.id, text: 'Changed.' });
    expect(refused.code).toBe('locked');
  });

  it('matches people already on file by name without titles, and by "A Patel" for Asha Patel', async () => {
    const asha = await h.call('people.create', { name: 'Asha Patel', publicName: 'Cllr Asha Patel', kind: 'councillor', consentToBeNamed: true });
    await h.call('members.add', { boardId: board.id, personId: asha.id, role: 'chair', termStart: '2014-05-01' });
    const attendance: PastMinutesDraft['attendance'] = [
      { name: 'Councillor A. Patel', status: 'present', ...at(5) },
      { name: 'Councillor Tom Hughes', status: 'present', ...at(5) },
    ];
    const { meeting, created } = await h.call('pastMinutes.accept', { boardId: board.id, source, draft: draft({ attendance, declarations: [] }) });
    expect(created.people).toBe(2); // Tom Hughes, and Bev Lane named in the vote
    expect(created.memberships).toBe(1); // Asha Patel was a member already
    const detail = await h.call('meetings.get', { id: meeting.id });
    expect(detail.attendance.map((a) => a.personId)).toContain(asha.id);
    expect(detail.meeting.approval?.signature.personId).toBe(asha.id);
  });

  it('keeps minutes that were not signed as historic drafts, which can still be changed', async () => {
    const { meeting } = await h.call('pastMinutes.accept', { boardId: board.id, source, draft: draft({ approval: undefined }) });
    expect(meeting.status).toBe('minutes-drafted');
    expect(meeting.approval).toBeUndefined();
    expect(meeting.historic).toBeDefined();
  });

  it('refuses minutes without a date or without items, and the same file twice, storing nothing', async () => {
    const noDate = await h.refusal('pastMinutes.accept', { boardId: board.id, source, draft: draft({ date: undefined }) });
    expect(noDate).toMatchObject({ code: 'invalid_input', path: 'draft.date' });
    const noItems = await h.refusal('pastMinutes.accept', { boardId: board.id, source, draft: draft({ items: [] }) });
    expect(noItems).toMatchObject({ code: 'invalid_input', path: 'draft.items' });
    expect(await h.call('meetings.list', { boardId: board.id })).toEqual([]);
    expect(await h.call('people.list', {})).toEqual([]);

    await h.call('pastMinutes.accept', { boardId: board.id, source, draft: draft() });
    const twice = await h.refusal('pastMinutes.accept', { boardId: board.id, source, draft: draft() });
    expect(twice.code).toBe('conflict');
    expect(await h.call('meetings.list', { boardId: board.id })).toHaveLength(1);
  });

  it('continues the board’s minute numbers after the imported ones', async () => {
    await h.call('pastMinutes.accept', { boardId: board.id, source, draft: draft() });
    const later = await h.call('meetings.create', { boardId: board.id, date: '2015-04-09', startTime: '14:00' });
    await h.call('agenda.add', { meetingId: later.id, title: 'Minutes', purpose: 'decision' });
    await h.call('meetings.publishAgenda', { id: later.id });
    await h.call('meetings.hold', { id: later.id });
    await h.call('minutes.draft', { meetingId: later.id });
    const detail = await h.call('meetings.get', { id: later.id });
    expect(detail.items.map((i) => i.minuteNumber)[0]).toBe(47);
  });
});
