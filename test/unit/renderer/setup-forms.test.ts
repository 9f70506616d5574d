import { describe, expect, it } from 'vitest';
import type { MemberView } from '../../../shared/api/views';
import type { Meeting } from '../../../shared/model';
import { itemFormSchema, itemPatch, newItemValues } from '../../../renderer/src/features/agenda-builder/item-form-schema';
import { groupMembers } from '../../../renderer/src/features/members/member-groups';
import { meetingAgendaNotice } from '../../../renderer/src/features/meetings/agenda-notice';

describe('the item form', () => {
  it('asks for the category of an exempt item, and sends it with the reason', () => {
    const exempt = { ...newItemValues(), title: 'Contract award', access: 'exempt' as const };
    expect(itemFormSchema.safeParse(exempt).error?.issues.map((e) => e.message)).toEqual(['Choose the category of exempt information']);
    expect(itemPatch(itemFormSchema.parse({ ...exempt, category: '3', reason: ' Commercially sensitive ' })).confidentiality).toEqual({
      access: 'exempt',
      category: 3,
      reason: 'Commercially sensitive',
    });
  });

  it('turns the recommendations box into one recommendation a line', () => {
    expect(itemPatch(itemFormSchema.parse({ ...newItemValues(), title: 'T', recommendations: 'That A.\n\n  That B.  \n' })).recommendations).toEqual([
      'That A.',
      'That B.',
    ]);
  });

  it('says what is wrong with the title and the time allowed, in the contract’s limits', () => {
    const result = itemFormSchema.safeParse({ ...newItemValues(), title: ' ', minutes: '601' });
    expect(result.error?.issues.map((e) => [e.path.join('.'), e.message])).toEqual([
      ['title', 'Enter the item’s title'],
      ['minutes', 'Enter the time allowed as a whole number of minutes, up to 600'],
    ]);
  });
});

describe('members around today', () => {
  const member = (name: string, termStart: string, termEnd?: string): MemberView =>
    ({ person: { name }, membership: { termStart, ...(termEnd ? { termEnd } : {}) } }) as unknown as MemberView;

  it('splits current, later and past members, the most recently ended first', () => {
    const groups = groupMembers(
      [
        member('Now', '2024-01-01'),
        member('Ends today', '2024-01-01', '2025-06-01'),
        member('Later', '2025-07-01'),
        member('Gone', '2023-01-01', '2024-01-01'),
        member('Just gone', '2023-01-01', '2025-05-31'),
      ],
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
    expect(meetingAgendaNotice(meeting({ status: 'agenda-published', agendaPublishedAt: '2024-12-02T23:30:00Z' }), none, '2024-12-09')).toMatchObject(
      {
        kind: 'published',
        publishedOn: '2024-12-02',
        late: false,
      },
    );
  });
});
