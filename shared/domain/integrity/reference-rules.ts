import type { Collection } from '../../model';

/**
 * A reference from a record to another: the path pattern of the id within the record (see `valuesAt`), the
 * collection it points into, and which meeting the record pointed at must belong to: `own`, the record's own
 * meeting (an item's minute names an item of that meeting, not of another), or the meeting whose id is at another
 * path of the record (a correction names the meeting, then the item within it).
 */
export type ReferenceRule = { readonly path: string; readonly to: Collection; readonly meeting?: 'own' | { readonly at: string } };

const OWN = 'own' as const;
const ref = (path: string, to: Collection, meeting?: ReferenceRule['meeting']): ReferenceRule => ({
  path,
  to,
  ...(meeting === undefined ? {} : { meeting }),
});

/** The people a decision names, whether in the motion itself or in one of its amendments. */
const decisionPeople = (prefix: string): ReferenceRule[] =>
  ['mover.personId', 'seconder.personId', 'recordedVote[].personId'].map((path) => ref(`${prefix}${path}`, 'people'));

/**
 * Every id in the data format that points at another record, by collection. A unit test walks the schemas and
 * fails on any field named like an id (`…Id`, `…Ids`) that is neither here nor in `CHECKED_ELSEWHERE`, so a new
 * reference cannot be added to the model without being checked.
 */
export const REFERENCE_RULES: { readonly [C in Collection]: readonly ReferenceRule[] } = {
  boards: [],
  people: [],
  memberships: [ref('boardId', 'boards'), ref('personId', 'people')],
  meetings: [ref('boardId', 'boards'), ref('approval.atMeetingId', 'meetings'), ref('approval.signature.personId', 'people')],
  rewardRates: [ref('boardId', 'boards')],
  rewardClaims: [ref('personId', 'people'), ref('boardId', 'boards'), ref('meetingId', 'meetings'), ref('reward[].rateId', 'rewardRates')],
  criteriaSets: [ref('boardId', 'boards')],
  ratings: [
    ref('boardId', 'boards'),
    ref('criteriaSetId', 'criteriaSets'),
    ref('subject.meetingId', 'meetings'),
    ref('subject.itemId', 'agendaItems', { at: 'subject.meetingId' }),
  ],
  diversityResponses: [ref('personId', 'people')],
  youSaidWeDid: [ref('boardId', 'boards'), ref('target.meetingId', 'meetings'), ref('raised.meetingId', 'meetings')],
  agendaItems: [
    ref('meetingId', 'meetings'),
    ref('parentId', 'agendaItems', OWN),
    ref('presenterPersonId', 'people'),
    ref('chairPersonId', 'people'),
    ref('attachmentIds[]', 'attachments', OWN),
  ],
  attendance: [
    ref('meetingId', 'meetings'),
    ref('personId', 'people'),
    ref('substituteForPersonId', 'people'),
    ref('movements[].itemId', 'agendaItems', OWN),
  ],
  declarations: [ref('meetingId', 'meetings'), ref('itemId', 'agendaItems', OWN), ref('personId', 'people')],
  minutes: [
    ref('meetingId', 'meetings'),
    ref('itemId', 'agendaItems', OWN),
    ref('corrects.meetingId', 'meetings'),
    ref('corrects.itemId', 'agendaItems', { at: 'corrects.meetingId' }),
  ],
  resolutions: [ref('meetingId', 'meetings'), ref('itemId', 'agendaItems', OWN), ...decisionPeople(''), ...decisionPeople('amendments[].')],
  actions: [
    ref('meetingId', 'meetings'),
    ref('itemId', 'agendaItems', OWN),
    ref('otherItemIds[]', 'agendaItems', OWN),
    ref('resolutionId', 'resolutions', OWN),
    ref('owner.personId', 'people'),
  ],
  attachments: [ref('meetingId', 'meetings'), ref('itemId', 'agendaItems', OWN)],
  accessArrangements: [ref('meetingId', 'meetings'), ref('personId', 'people')],
};

/**
 * Id fields checked by a rule of their own in `findProblems` rather than by `REFERENCE_RULES`: a criterion lives
 * inside its criteria set, and what a "you said, we did" entry points at depends on its kind.
 */
export const CHECKED_ELSEWHERE: { readonly [C in Collection]?: readonly string[] } = {
  ratings: ['scores[].criterionId'],
  youSaidWeDid: ['target.recordId'],
};
