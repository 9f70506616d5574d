import { describe, expect, it } from 'vitest';
import { findProblems, type IntegrityData } from '../../../../shared/domain/integrity';

/** Only the fields the checks read: the records are otherwise as the schemas make them. */
const data = (records: Record<string, readonly object[]>): IntegrityData => records as unknown as IntegrityData;

const board = { id: 'b1' };
const people = [{ id: 'p1' }, { id: 'p2' }];
const meetings = [
  { id: 'm1', boardId: 'b1' },
  { id: 'm2', boardId: 'b1' },
];
const items = [
  { id: 'i1', meetingId: 'm1', parentId: null, title: 'Apologies', attachmentIds: [] },
  { id: 'i2', meetingId: 'm2', parentId: null, title: 'Budget', attachmentIds: [] },
];
const sound = { boards: [board], people, meetings, agendaItems: items };
const find = (records: Record<string, readonly object[]>) => findProblems(data({ ...sound, ...records }), { lookedIn: 'in the store' });

describe('finding what does not hold together', () => {
  it('finds nothing wrong with records that point at each other', () => {
    expect(find({ minutes: [{ id: 'n1', meetingId: 'm1', itemId: 'i1' }] })).toEqual([]);
  });

  it('names a reference to nothing at its path, saying what was looked for and where', () => {
    expect(
      find({ attendance: [{ id: 'a1', meetingId: 'm1', personId: 'p9', status: 'present', movements: [{ kind: 'left', itemId: 'i1' }] }] }),
    ).toEqual([{ path: 'attendance.0.personId', message: 'This refers to a person (p9) that is not in the store.' }]);
  });

  it('refuses an item of another meeting where the record must name its own', () => {
    expect(find({ minutes: [{ id: 'n1', meetingId: 'm1', itemId: 'i2' }] })).toEqual([
      { path: 'minutes.0.itemId', message: 'This refers to an agenda item (i2) of another meeting.' },
    ]);
  });

  it('looks outside the data where it is told to, and in the meeting the reference names', () => {
    const outside = (collection: string, id: string, meetingId: string | undefined) =>
      collection === 'agendaItems' && id === 'old-item' && meetingId === 'old-meeting'
        ? { id, meetingId }
        : collection === 'meetings' && id === 'old-meeting'
          ? { id }
          : undefined;
    const correction = { id: 'n1', meetingId: 'm1', itemId: 'i1', corrects: { meetingId: 'old-meeting', itemId: 'old-item' } };
    expect(findProblems(data({ ...sound, minutes: [correction] }), { outside, lookedIn: 'in the bundle or the store' })).toEqual([]);
    const wrong = { ...correction, corrects: { meetingId: 'old-meeting', itemId: 'i1' } };
    expect(findProblems(data({ ...sound, minutes: [wrong] }), { outside, lookedIn: 'in the bundle or the store' })).toEqual([
      { path: 'minutes.0.corrects.itemId', message: 'This refers to an agenda item (i1) of another meeting.' },
    ]);
  });

  it('finds ids used twice, an item within itself and two minutes of one item', () => {
    const looped = [
      { id: 'i3', meetingId: 'm1', parentId: 'i4', title: 'Finance', attachmentIds: [] },
      { id: 'i4', meetingId: 'm1', parentId: 'i3', title: 'Budget', attachmentIds: [] },
    ];
    expect(
      findProblems(
        data({
          ...sound,
          people: [...people, { id: 'p1' }],
          agendaItems: [...items, ...looped],
          minutes: [
            { id: 'n1', meetingId: 'm1', itemId: 'i1' },
            { id: 'n2', meetingId: 'm1', itemId: 'i1' },
          ],
        }),
        { lookedIn: 'in the store' },
      ),
    ).toEqual([
      { path: 'people.2.id', message: 'The id p1 is used twice in people (first at people.0).' },
      { path: 'agendaItems.2.parentId', message: 'The item "Finance" is within itself: its parents lead back to it.' },
      { path: 'agendaItems.3.parentId', message: 'The item "Budget" is within itself: its parents lead back to it.' },
      { path: 'minutes.1.itemId', message: 'The item i1 already has a minute (minutes.0); an item has one minute.' },
    ]);
  });

  it('finds a person recorded twice at a meeting, or as their own substitute', () => {
    const present = { meetingId: 'm1', personId: 'p1', status: 'present', movements: [] };
    expect(
      find({
        attendance: [
          { id: 'a1', ...present },
          { id: 'a2', ...present, substituteForPersonId: 'p1' },
        ],
      }),
    ).toEqual([
      { path: 'attendance.1.personId', message: "This person's attendance at the meeting is already recorded (attendance.0)." },
      { path: 'attendance.1.substituteForPersonId', message: 'Nobody can attend as their own substitute.' },
    ]);
  });

  it('finds a part id used twice in a decision, and a voter who sent apologies', () => {
    const decision = {
      id: 'r1',
      meetingId: 'm1',
      itemId: 'i1',
      parts: [
        { id: 'x', text: 'That the report be noted.' },
        { id: 'x', text: 'That the plan be agreed.' },
      ],
      recordedVote: [{ personId: 'p2', vote: 'for' }],
    };
    expect(
      find({ attendance: [{ id: 'a1', meetingId: 'm1', personId: 'p2', status: 'apologies', movements: [] }], resolutions: [decision] }),
    ).toEqual([
      { path: 'resolutions.0.parts.1.id', message: 'The id x is used twice within this decision.' },
      { path: 'resolutions.0.recordedVote.0.personId', message: 'This person is named in the vote but recorded as sending apologies.' },
    ]);
  });

  it('finds a score against a criterion its set does not have, and feedback traced to a record that is not there', () => {
    const criteriaSets = [{ id: 's1', boardId: 'b1', name: 'Six-point test', criteria: [{ id: 'c1' }] }];
    const ratings = [{ id: 'g1', boardId: 'b1', criteriaSetId: 's1', subject: { kind: 'project' }, scores: [{ criterionId: 'c9', score: 3 }] }];
    const youSaidWeDid = [{ id: 'y1', boardId: 'b1', target: { kind: 'action', meetingId: 'm1', recordId: 'gone' }, raised: {} }];
    expect(find({ criteriaSets, ratings, youSaidWeDid })).toEqual([
      { path: 'ratings.0.scores.0.criterionId', message: 'This scores a criterion (c9) that is not in the criteria set "Six-point test".' },
      { path: 'youSaidWeDid.0.target.recordId', message: 'This refers to an action (gone) that is not in the store.' },
    ]);
  });
});
