import { describe, expect, it } from 'vitest';
import type { MemberView } from '../../../shared/api/views';
import type { Meeting } from '../../../shared/model';
import { itemErrors, itemPatch, newItemValues } from '../../../renderer/src/features/agenda-builder/item-form-values';
import { boardErrors, boardInput, newBoardValues } from '../../../renderer/src/features/boards/board-form-values';
import { groupMembers } from '../../../renderer/src/features/members/member-groups';
import { meetingAgendaNotice } from '../../../renderer/src/features/meetings/agenda-notice';
import { meetingErrors, newMeetingValues } from '../../../renderer/src/features/meetings/meeting-form-values';

describe('the board form', () => {
  it('names every mistake at once', () => {
    const errors = boardErrors({ ...newBoardValues(), shortCode: '9', quorum: '0', numberingTemplate: 'x' });
    expect(errors.map((e) => e.fieldId)).toEqual(['board-name', 'board-short-code', 'board-quorum', 'board-numbering-template']);
  });

  it('sends the ticked standard items in the usual order, with their times', () => {
    const values = newBoardValues();
    const input = boardInput({
      ...values,
      name: ' Health and Wellbeing Board ',
      shortCode: 'HWB',
      standardItems: { ...values.standardItems, 'public-questions': { ...values.standardItems['public-questions'], included: true, minutes: '15' } },
    });
    expect(input.name).toBe('Health and Wellbeing Board');
    expect(input.standardItems?.map((s) => `${s.kind} ${s.timeAllowanceMinutes ?? '-'}`)).toEqual([
      'apologies 2',
      'declarations 2',
      'previous-minutes 5',
      'matters-arising 10',
      'public-questions 15',
      'any-other-business 5',
      'date-of-next-meeting 1',
    ]);
  });
});

describe('the item form', () => {
  it('asks for the category of an exempt item, and sends it with the reason', () => {
    const exempt = { ...newItemValues(), title: 'Contract award', access: 'exempt' as const };
    expect(itemErrors(exempt, 'f').map((e) => e.message)).toEqual(['Choose the category of exempt information']);
    expect(itemPatch({ ...exempt, category: '3', reason: ' Commercially sensitive ' }).confidentiality).toEqual({
      access: 'exempt',
      category: 3,
      reason: 'Commercially sensitive',
    });
  });

  it('turns the recommendations box into one recommendation a line', () => {
    expect(itemPatch({ ...newItemValues(), title: 'T', recommendations: 'That A.\n\n  That B.  \n' }).recommendations).toEqual(['That A.', 'That B.']);
  });
});

describe('the meeting form', () => {
  it('wants a date and a start, and an end after the start', () => {
    expect(meetingErrors({ ...newMeetingValues(), date: '2025-02-30' }).map((e) => e.fieldId)).toEqual(['meeting-date']);
    expect(meetingErrors({ ...newMeetingValues(), date: '2025-02-03', endTime: '13:00' }).map((e) => e.message)).toEqual([
      'The meeting must end after it starts',
    ]);
  });
});

describe('members around today', () => {
  const member = (name: string, termStart: string, termEnd?: string): MemberView =>
    ({ person: { name }, membership: { termStart, ...(termEnd ? { termEnd } : {}) } }) as unknown as MemberView;

  it('splits current, later and past members, the most recently ended first', () => {
    const groups = groupMembers(
      [member('Now', '2024-01-01'), member('Ends today', '2024-01-01', '2025-06-01'), member('Later', '2025-07-01'), member('Gone', '2023-01-01', '2024-01-01'), member('Just gone', '2023-01-01', '2025-05-31')],
      '2025-06-01',
    );
    expect(groups.current.map((m) => m.person.name)).toEqual(['Now', 'Ends today']);
    expect(groups.future.map((m) => m.person.name)).toEqual(['Later']);
    expect(groups.past.map((m) => m.person.name)).toEqual(['Just gone', 'Gone']);
  });
});

describe('the agenda notice of a meeting', () => {
  const meeting = (patch: Partial<Meeting>): Meeting => ({
    id: 'm',
    boardId: 'b',
    date: '2024-12-10',
    startTime: '14:00',
    status: 'draft',
    createdAt: '2024-11-01T09:00:00Z',
    updatedAt: '2024-11-01T09:00:00Z',
    ...patch,
  });
  const none: ReadonlySet<string> = new Set();

  it('has nothing to say of a cancelled meeting, or of a past one never published here', () => {
    expect(meetingAgendaNotice(meeting({ status: 'cancelled' }), none, '2024-11-28')).toBeNull();
    expect(meetingAgendaNotice(meeting({}), none, '2024-12-11')).toBeNull();
  });

  it('judges a published agenda by its London publication date', () => {
    // 23.30 on 2 December in London is still 2 December, though it is past midnight in some time zones.
    expect(meetingAgendaNotice(meeting({ status: 'agenda-published', agendaPublishedAt: '2024-12-02T23:30:00Z' }), none, '2024-12-09')).toMatchObject({
      kind: 'published',
      publishedOn: '2024-12-02',
      late: false,
    });
  });
});
