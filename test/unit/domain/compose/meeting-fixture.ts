import { numberAgenda } from '../../../../shared/domain/agenda-numbering';
import { minuteLabels } from '../../../../shared/domain/minute-numbering';
import type { MeetingData } from '../../../../shared/domain/compose/meeting-data';
import type { Action, AgendaItem, Attendance, Declaration, Minute, Person, Resolution } from '../../../../shared/model';
import { board as boardRecord, item as itemRecord, meeting as meetingRecord } from '../../../support/builders';

const T = '2025-01-01T10:00:00.000Z';

export function person(id: string, name: string, overrides: Partial<Person> = {}): Person {
  return {
    id,
    name,
    publicName: name,
    consentToBeNamed: true,
    kind: 'councillor',
    accessNeeds: [],
    training: [],
    createdAt: T,
    updatedAt: T,
    ...overrides,
  };
}

export const PEOPLE: readonly Person[] = [
  person('p-chair', 'Amina Okafor', { publicName: 'Cllr Amina Okafor' }),
  person('p-cllr', 'Peter Holloway', { publicName: 'Cllr Peter Holloway' }),
  person('p-carer', 'Janet Morley', { consentToBeNamed: false, kind: 'carer' }),
  person('p-ebe', 'Tomasz Nowak', { consentToBeNamed: false, kind: 'expert-by-experience' }),
  person('p-vcs', 'Priya Banerjee', { kind: 'voluntary-sector-partner', organisation: 'Riverside Community Voice' }),
  person('p-officer', 'Helen Carter', { kind: 'officer', jobTitle: 'Director of Adult Social Care', organisation: 'Riverside Borough Council' }),
];

export const EXEMPT_TITLE = 'Home care contract extension negotiations';
export const EXEMPT_MINUTE = 'The Board considered the hourly rate offered by Acme Care Limited.';
export const EXEMPT_DECISION = 'That the contract with Acme Care Limited be extended for twelve months.';

export const attendance = (personId: string, status: Attendance['status'], overrides: Partial<Attendance> = {}): Attendance => ({
  id: `a-${personId}`,
  meetingId: 'm1',
  personId,
  status,
  movements: [],
  createdAt: T,
  updatedAt: T,
  ...overrides,
});

const minute = (itemId: string, text: string): Minute => ({ id: `min-${itemId}`, meetingId: 'm1', itemId, text, createdAt: T, updatedAt: T });

const resolution = (id: string, itemId: string, parts: readonly string[], overrides: Partial<Resolution> = {}): Resolution => ({
  id,
  meetingId: 'm1',
  itemId,
  order: 0,
  kind: 'RESOLVED',
  parts: parts.map((text, i) => ({ id: `${id}-${i}`, text })),
  createdAt: T,
  updatedAt: T,
  ...overrides,
});

const actionRecord = (id: string, itemId: string, text: string, owner: Action['owner'], dueDate?: string): Action => ({
  id,
  meetingId: 'm1',
  itemId,
  text,
  owner,
  status: 'open',
  history: [],
  createdAt: T,
  updatedAt: T,
  ...(dueDate === undefined ? {} : { due: { kind: 'date', date: dueDate } }),
});

/**
 * A signed meeting that has everything the minutes print: standard items, a sub-item, an exempt item with a
 * recorded vote, a declaration, a departure, people who have and have not agreed to be named, and actions.
 */
export function meetingData(overrides: Partial<MeetingData> = {}): MeetingData {
  const board = boardRecord({ organisation: 'Riverside Borough Council', clerk: { name: 'Michael Reid', email: 'clerk@riverside.example' } });
  const meeting = meetingRecord({
    date: '2024-12-03',
    startTime: '14:00',
    endTime: '16:30',
    venue: 'Committee Room 2, Riverside Town Hall',
    status: 'minutes-signed',
    approval: { atMeetingId: 'm2', approvedAt: T, signature: { name: 'Cllr Amina Okafor', personId: 'p-chair', signedOn: '2025-01-14' } },
  });
  const raw: AgendaItem[] = [
    itemRecord('i-apologies', 0, { title: 'Apologies for absence', standardKind: 'apologies', minuteNumber: 23 }),
    itemRecord('i-declarations', 1, { title: 'Declarations of interest', standardKind: 'declarations', minuteNumber: 24 }),
    itemRecord('i-breaks', 2, {
      title: 'Carers’ breaks service redesign',
      purpose: 'decision',
      presenter: 'Helen Carter',
      presenterPersonId: 'p-officer',
      timeAllowanceMinutes: 40,
      recommendations: ['That the report be noted.'],
      minuteNumber: 25,
    }),
    itemRecord('i-feedback', 0, { parentId: 'i-breaks', title: 'Feedback from carers', presenter: 'Janet Morley', presenterPersonId: 'p-carer' }),
    itemRecord('i-exempt', 3, {
      title: EXEMPT_TITLE,
      purpose: 'decision',
      confidentiality: { access: 'exempt', category: 3 },
      recommendations: ['That the extension be agreed.'],
      minuteNumber: 27,
    }),
    itemRecord('i-aob', 4, { title: 'Any other business', standardKind: 'any-other-business', minuteNumber: 26 }),
  ];
  const numbered = numberAgenda(raw);
  const labels = minuteLabels(board, meeting.date, numbered);
  const items = numbered.map((i) => ({ ...i, ...(labels.has(i.id) ? { minuteLabel: labels.get(i.id) ?? '' } : {}) }));
  const declarations: Declaration[] = [
    {
      id: 'd1',
      meetingId: 'm1',
      itemId: 'i-exempt',
      personId: 'p-cllr',
      type: 'disclosable-pecuniary',
      nature: 'His brother works for Acme Care Limited.',
      leftTheRoom: true,
      createdAt: T,
      updatedAt: T,
    },
    {
      id: 'd2',
      meetingId: 'm1',
      itemId: 'i-breaks',
      personId: 'p-vcs',
      type: 'other-registrable',
      nature: 'Riverside Community Voice receives a grant for carers’ events.',
      leftTheRoom: false,
      createdAt: T,
      updatedAt: T,
    },
  ];
  return {
    audience: 'private',
    board,
    meeting,
    items,
    people: PEOPLE,
    members: [
      { personId: 'p-chair', role: 'chair', voting: true },
      { personId: 'p-cllr', role: 'member', voting: true },
      { personId: 'p-carer', role: 'member', voting: true },
      { personId: 'p-ebe', role: 'co-opted', voting: true },
      { personId: 'p-vcs', role: 'member', voting: true },
    ],
    attendance: [
      attendance('p-chair', 'present'),
      attendance('p-cllr', 'present', { movements: [{ kind: 'left', itemId: 'i-aob' }] }),
      attendance('p-carer', 'present'),
      attendance('p-ebe', 'apologies'),
      attendance('p-vcs', 'present'),
      attendance('p-officer', 'in-attendance'),
    ],
    declarations,
    minutes: [
      minute('i-apologies', 'Apologies were received from Tomasz Nowak.'),
      minute(
        'i-breaks',
        'Members asked:\n\n- how carers would be *involved*, and\n- what it would **cost**.\n\nJanet Morley said that carers wanted short notice breaks.',
      ),
      minute('i-feedback', 'A carer presented the feedback.'),
      minute('i-exempt', EXEMPT_MINUTE),
    ],
    resolutions: [
      resolution('r1', 'i-breaks', ['That the report be noted.', 'That a workshop be arranged with carers.'], {
        reference: 'RCPB/2024/25-1',
        vote: { for: 5, against: 1, abstain: 0 },
      }),
      resolution('r2', 'i-exempt', [EXEMPT_DECISION], {
        reference: 'RCPB/2024/27-1',
        recordedVote: [
          { personId: 'p-chair', vote: 'for' },
          { personId: 'p-carer', vote: 'against' },
          { personId: 'p-vcs', vote: 'abstain' },
        ],
        vote: { for: 1, against: 1, abstain: 1 },
      }),
    ],
    actions: [
      actionRecord(
        'act1',
        'i-breaks',
        'Arrange a workshop with carers, with Janet Morley invited.',
        { kind: 'person', personId: 'p-vcs' },
        '2025-01-31',
      ),
      actionRecord('act2', 'i-exempt', 'Write to Acme Care Limited with the new terms.', { kind: 'person', personId: 'p-officer' }, '2024-12-20'),
    ],
    attachments: [],
    carriedActions: [],
    approvedAtMeetingDate: '2025-01-14',
    today: '2025-02-01',
    ...overrides,
  };
}
