import { describe, expect, it } from 'vitest';
import type { Board, Meeting } from '../../../../shared/model';
import { boardFieldId, boardFormSchema, boardPatch, boardValues, newBoardValues } from '../../../../renderer/src/features/boards/board-form-schema';
import {
  meetingFieldId,
  meetingFormSchema,
  meetingPatch,
  meetingValues,
  newMeetingValues,
} from '../../../../renderer/src/features/meetings/meeting-form-schema';

const at = '2025-06-01T09:00:00.000Z';

/** The field ids of the problems a schema finds, in the order the error summary lists them. */
function problems(
  result: { success: boolean; error?: { issues: readonly { path: readonly PropertyKey[]; message: string }[] } },
  idFor: (path: string) => string | undefined,
): string[] {
  return (result.error?.issues ?? []).map((issue) => idFor(issue.path.map(String).join('.')) ?? issue.path.join('.'));
}

describe('the board form, from the contract’s board fields', () => {
  it('names every mistake at once, in the order of the fields, in the clerk’s words', () => {
    const result = boardFormSchema.safeParse({
      ...newBoardValues(),
      shortCode: '9',
      quorum: '0',
      numberingTemplate: 'x',
      yearStart: { day: '31', month: '6' },
    });
    expect(problems(result, boardFieldId)).toEqual([
      'board-name',
      'board-short-code',
      'board-quorum',
      'board-year-start-day',
      'board-numbering-template',
    ]);
    expect(result.error?.issues.map((i) => i.message)).toContain('Enter the quorum as a whole number from 1 to 200');
  });

  it('takes the number reached before Minute Book with its meeting’s date, both or neither', () => {
    const named = { ...newBoardValues(), name: 'HWB', shortCode: 'HWB' };
    expect(boardFormSchema.parse({ ...named, carried: { number: ' 67 ', date: '2025-05-20' } }).minuteNumbering).toEqual({
      template: '{n}.',
      restart: 'municipal-year',
      carriedFrom: { number: 67, date: '2025-05-20' },
    });
    expect(boardFormSchema.parse(named).minuteNumbering).toEqual({ template: '{n}.', restart: 'municipal-year' });
    expect(problems(boardFormSchema.safeParse({ ...named, carried: { number: '67', date: '' } }), boardFieldId)).toEqual(['board-carried-date']);
    expect(problems(boardFormSchema.safeParse({ ...named, carried: { number: 'x', date: '2025-05-20' } }), boardFieldId)).toEqual([
      'board-carried-number',
    ]);
    expect(boardFieldId('patch.minuteNumbering.carriedFrom.date')).toBe('board-carried-date');
  });

  it('says what is wrong with a numbering pattern in the contract’s own words, and takes a padded one', () => {
    const refused = boardFormSchema.safeParse({ ...newBoardValues(), name: 'HWB', shortCode: 'HWB', numberingTemplate: 'GBP/{n:x}' });
    expect(refused.error?.issues.map((i) => i.message)).toEqual([
      'In {n:x}, say after the colon how many digits the number has, from 1 to 6: {n:03} prints 7 as 007.',
    ]);
    const taken = boardFormSchema.parse({ ...newBoardValues(), name: 'HWB', shortCode: 'HWB', numberingTemplate: 'GBP/{year:compact}/{n:03}' });
    expect(taken.minuteNumbering?.template).toBe('GBP/{year:compact}/{n:03}');
  });

  it('checks a ticked standard item’s title and minutes, and leaves an unticked one alone', () => {
    const values = newBoardValues();
    const result = boardFormSchema.safeParse({
      ...values,
      name: 'HWB',
      shortCode: 'HWB',
      standardItems: {
        ...values.standardItems,
        apologies: { ...values.standardItems.apologies, title: ' ', minutes: '601' },
        'public-questions': { ...values.standardItems['public-questions'], included: false, minutes: 'lots' },
      },
    });
    expect(problems(result, boardFieldId)).toEqual(['standard-apologies-title', 'standard-apologies-minutes']);
  });

  it('sends the ticked standard items in the usual order, with their times, and the words trimmed', () => {
    const values = newBoardValues();
    const input = boardFormSchema.parse({
      ...values,
      name: ' Health and Wellbeing Board ',
      shortCode: 'HWB',
      standardItems: { ...values.standardItems, 'public-questions': { ...values.standardItems['public-questions'], included: true, minutes: '15' } },
    });
    expect(input.name).toBe('Health and Wellbeing Board');
    expect(input).not.toHaveProperty('organisation');
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

  it('clears the organisation and the clerk when their fields are emptied, and leaves the house style alone', () => {
    const created = boardFormSchema.parse({
      ...newBoardValues(),
      name: 'HWB',
      shortCode: 'HWB',
      organisation: 'Riverside Council',
      clerkName: 'Michael Reid',
    });
    const board = { ...created, id: 'b1' } as unknown as Board;
    const emptied = boardPatch(boardFormSchema.parse({ ...boardValues(board), organisation: '', clerkName: '', clerkEmail: '' }), board);
    expect(emptied.organisation).toBeNull();
    expect(emptied.clerk).toBeNull();
    const same = boardPatch(boardFormSchema.parse(boardValues(board)), board);
    expect(same).not.toHaveProperty('houseStyle');
    expect(same).not.toHaveProperty('plainEnglishWords');
    expect(same.clerk).toEqual({ name: 'Michael Reid' });
  });
});

describe('the meeting form, from the contract’s meeting fields', () => {
  const meeting: Meeting = {
    id: 'm1',
    boardId: 'b1',
    title: 'Budget meeting',
    date: '2025-06-10',
    startTime: '14:00',
    endTime: '16:00',
    venue: 'Town Hall',
    onlineLink: 'https://meet.example/b1',
    status: 'draft',
    createdAt: at,
    updatedAt: at,
  };

  it('wants a real date and a start, and an end after the start', () => {
    expect(problems(meetingFormSchema.safeParse({ ...newMeetingValues(), date: '2025-02-30' }), meetingFieldId)).toEqual(['meeting-date']);
    expect(meetingFormSchema.safeParse({ ...newMeetingValues(), date: '2025-02-03', endTime: '13:00' }).error?.issues.map((i) => i.message)).toEqual([
      'The meeting must end after it starts',
    ]);
    // The end is checked against the start even while another field is wrong, so every problem shows at once.
    expect(problems(meetingFormSchema.safeParse({ ...newMeetingValues(), date: '', endTime: '13:00' }), meetingFieldId)).toEqual([
      'meeting-date',
      'meeting-end',
    ]);
  });

  it('takes the contract’s dates only: none before 1900', () => {
    expect(problems(meetingFormSchema.safeParse({ ...newMeetingValues(), date: '0001-01-01' }), meetingFieldId)).toEqual(['meeting-date']);
  });

  it('wants an online link to be a web address', () => {
    expect(problems(meetingFormSchema.safeParse({ ...newMeetingValues(), date: '2025-06-10', onlineLink: 'teams meeting' }), meetingFieldId)).toEqual(
      ['meeting-link'],
    );
    expect(meetingFormSchema.parse({ ...newMeetingValues(), date: '2025-06-10', onlineLink: ' https://meet.example/x ' }).onlineLink).toBe(
      'https://meet.example/x',
    );
  });

  it('leaves blank fields out of a new meeting', () => {
    expect(meetingFormSchema.parse({ date: '2025-06-10', startTime: '14:00', endTime: '', title: '', venue: ' Library ', onlineLink: '' })).toEqual({
      date: '2025-06-10',
      startTime: '14:00',
      venue: 'Library',
    });
  });

  it('clears the end time, title, venue and link the clerk emptied, and sends no null for fields that were empty', () => {
    const emptied = meetingFormSchema.parse({ ...meetingValues(meeting), endTime: '', title: ' ', venue: '', onlineLink: '' });
    expect(meetingPatch(emptied, meeting)).toEqual({
      date: '2025-06-10',
      startTime: '14:00',
      endTime: null,
      title: null,
      venue: null,
      onlineLink: null,
    });
    const bare: Meeting = { id: 'm1', boardId: 'b1', date: '2025-06-10', startTime: '14:00', status: 'draft', createdAt: at, updatedAt: at };
    expect(meetingPatch(meetingFormSchema.parse(meetingValues(bare)), bare)).toEqual({ date: '2025-06-10', startTime: '14:00' });
  });
});
