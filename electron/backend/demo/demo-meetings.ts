import type { AmendmentOutcome, DecisionVerb, ExemptCategory, InterestType, ItemPurpose, MotionOutcome, VoteChoice } from '../../../shared/model';

/** A mover or seconder: a cast key. */
type DemoMotion = { readonly mover?: string; readonly seconder?: string };

export type DemoDecision = DemoMotion & {
  readonly kind: DecisionVerb;
  readonly recommendedTo?: string;
  /** Words, or words within the part above (level 1, 2). */
  readonly parts: readonly (string | { readonly text: string; readonly level: number })[];
  readonly vote?: { readonly for?: number; readonly against?: number; readonly abstain?: number };
  readonly recordedVote?: readonly (readonly [string, VoteChoice])[];
  readonly amendments?: readonly (DemoMotion & { readonly text: string; readonly outcome?: AmendmentOutcome })[];
  readonly outcome?: MotionOutcome;
};

/** A demo motion's mover and seconder as a call gives them: the people the cast keys became. */
export function movedBy(
  motion: { readonly mover?: string | undefined; readonly seconder?: string | undefined },
  personId: (key: string) => string,
): { mover?: { personId: string }; seconder?: { personId: string } } {
  return {
    ...(motion.mover === undefined ? {} : { mover: { personId: personId(motion.mover) } }),
    ...(motion.seconder === undefined ? {} : { seconder: { personId: personId(motion.seconder) } }),
  };
}

export type DemoAction = {
  readonly text: string;
  /** A cast key, or an organisation's name. */
  readonly owner: string | { readonly organisation: string };
  readonly dueInDays: number;
  /** The index of the later meeting at which it is reported done; never done if absent. */
  readonly doneAtMeeting?: number;
  readonly progressNote?: string;
};

export type DemoItem = {
  readonly key: string;
  readonly title: string;
  readonly purpose: ItemPurpose;
  readonly presenter?: string;
  readonly minutes: string;
  readonly timeAllowanceMinutes?: number;
  readonly exemptCategory?: ExemptCategory;
  readonly recommendations?: readonly string[];
  readonly subItems?: readonly DemoItem[];
  readonly decisions?: readonly DemoDecision[];
  readonly actions?: readonly DemoAction[];
};

export type DemoMeeting = {
  /** Days from today; negative is in the past. */
  readonly offsetDays: number;
  readonly venue: string;
  readonly onlineLink?: string;
  readonly apologies: readonly string[];
  readonly absent?: readonly string[];
  readonly substitutes?: readonly (readonly [string, string])[];
  readonly inAttendance: readonly string[];
  readonly movements?: readonly (readonly [string, 'arrived' | 'left', string])[];
  readonly declarations?: readonly { key: string; item: string; type: InterestType; nature: string; left: boolean }[];
  readonly items: readonly DemoItem[];
};

const TOWN_HALL = 'Committee Room 2, Riverside Town Hall, Market Street, Riverside RV1 2AB';
const HUB = 'The Meeting Room, Riverside Community Hub, 14 Mill Lane, Riverside RV3 4CD';

export const DEMO_MEETINGS: readonly DemoMeeting[] = [
  {
    offsetDays: -330,
    venue: TOWN_HALL,
    apologies: ['adeyemi'],
    inAttendance: ['carter', 'reid'],
    items: [
      {
        key: 'tor',
        title: 'Terms of reference and membership',
        purpose: 'decision',
        presenter: 'reid',
        timeAllowanceMinutes: 20,
        recommendations: ['That the Board approves the terms of reference.', 'That the co-chairs review the membership every year.'],
        minutes:
          'The Board considered its draft terms of reference, which had been written with members at two workshops.\n\nMembers welcomed the commitment that experts by experience would be **equal members** of the Board, with a co-chair drawn from among them. Members asked:\n\n- how new members would be recruited, and\n- how the Board would reach people who did not usually come to council meetings.\n\nIt was explained that places would be advertised through community groups as well as the council website.',
        decisions: [
          {
            kind: 'RESOLVED',
            parts: ['That the terms of reference be approved.', 'That the co-chairs review the membership of the Board every year.'],
          },
        ],
        actions: [
          {
            text: 'Publish the approved terms of reference on the council website, with an easy read version.',
            owner: 'reid',
            dueInDays: 14,
            doneAtMeeting: 1,
          },
          {
            text: 'Arrange level 1 co-production training for new members.',
            owner: { organisation: 'Riverside Community Voice' },
            dueInDays: 45,
            doneAtMeeting: 2,
            progressNote: 'Two sessions booked.',
          },
        ],
      },
      {
        key: 'reward',
        title: 'Payment and reward for experts by experience',
        purpose: 'decision',
        presenter: 'carter',
        timeAllowanceMinutes: 25,
        minutes:
          'The Director of Adult Social Care presented a report on paying experts by experience for their time, besides their expenses.\n\nMembers stressed that people must be able to choose *how*, and *whether*, they are paid, and that benefits advice should be offered before anyone chose.',
        decisions: [
          {
            kind: 'RECOMMENDED',
            recommendedTo: 'Cabinet',
            parts: [
              'That the rates of payment set out in the report be adopted from 1 April.',
              'That participants may choose payment, vouchers, a donation to a charity, or to decline.',
            ],
          },
        ],
      },
    ],
  },
  {
    offsetDays: -270,
    venue: HUB,
    onlineLink: 'https://meet.riverside.example/rcpb',
    apologies: ['holloway'],
    substitutes: [['chen', 'holloway']],
    inAttendance: ['carter', 'reid', 'osei'],
    declarations: [
      {
        key: 'whitfield',
        item: 'homecare',
        type: 'disclosable-pecuniary',
        nature: 'Her spouse is a director of a home care provider that holds a council contract.',
        left: true,
      },
      {
        key: 'banerjee',
        item: 'breaks',
        type: 'other-registrable',
        nature: 'Riverside Community Voice receives a grant for carers’ listening events.',
        left: false,
      },
    ],
    items: [
      {
        key: 'breaks',
        title: 'Carers’ breaks service redesign',
        purpose: 'discussion',
        presenter: 'osei',
        timeAllowanceMinutes: 40,
        minutes: 'The Head of Commissioning introduced the work to redesign the carers’ breaks service with carers.',
        subItems: [
          {
            key: 'breaks-feedback',
            title: 'Feedback from carers’ listening events',
            purpose: 'information',
            presenter: 'morley',
            minutes:
              'A carer member presented what 84 carers had said at six listening events. The main themes were:\n\n1. breaks booked at short notice,\n2. care workers who know the person cared for, and\n3. clear information about costs.',
          },
          {
            key: 'breaks-options',
            title: 'Options for the new service',
            purpose: 'discussion',
            presenter: 'osei',
            minutes: 'Members discussed three options and asked for a workshop before any decision was taken.',
            decisions: [
              {
                kind: 'RESOLVED',
                parts: ['That the feedback from carers be noted.', 'That a workshop be arranged for members to develop the options with carers.'],
              },
            ],
            actions: [
              { text: 'Arrange a workshop on the carers’ breaks options, with carers invited.', owner: 'banerjee', dueInDays: 50, doneAtMeeting: 2 },
            ],
          },
        ],
      },
      {
        key: 'homecare',
        title: 'Home care contract extension',
        purpose: 'decision',
        presenter: 'osei',
        exemptCategory: 3,
        timeAllowanceMinutes: 20,
        minutes:
          'The Board considered the terms offered by the current provider for a twelve-month extension, including the hourly rate and the provider’s improvement plan.',
        decisions: [
          {
            kind: 'RESOLVED',
            parts: ['That the home care contract be extended for twelve months on the terms set out in the report.'],
            mover: 'okafor',
            seconder: 'chen',
            outcome: 'carried',
            recordedVote: [
              ['okafor', 'for'],
              ['sharma', 'for'],
              ['chen', 'for'],
              ['morley', 'for'],
              ['nowak', 'against'],
              ['banerjee', 'abstain'],
              ['fenwick', 'for'],
            ],
          },
        ],
      },
    ],
  },
  {
    offsetDays: -210,
    venue: TOWN_HALL,
    apologies: ['nowak'],
    absent: ['ellis'],
    inAttendance: ['carter', 'reid'],
    movements: [
      ['adeyemi', 'arrived', 'annual'],
      ['holloway', 'left', 'day-ops'],
    ],
    items: [
      {
        key: 'annual',
        title: 'Annual report of the Co-production Board',
        purpose: 'information',
        presenter: 'sharma',
        minutes: 'The co-chair presented the Board’s first annual report, written jointly by members.',
        decisions: [{ kind: 'NOTED', parts: ['That the annual report be noted and published.'] }],
      },
      {
        key: 'day-ops',
        title: 'Review of day opportunities',
        purpose: 'decision',
        presenter: 'carter',
        minutes: 'Members considered the scope of the review. Experts by experience asked that people who use day services help design the survey.',
        decisions: [
          {
            kind: 'AGREED',
            parts: ['That the review go ahead on the scope set out in the report.', 'That two experts by experience join the review group.'],
          },
        ],
        actions: [
          {
            text: 'Circulate the day opportunities survey in easy read and large print.',
            owner: 'carter',
            dueInDays: 30,
            progressNote: 'Easy read version with the printers.',
          },
        ],
      },
    ],
  },
  {
    offsetDays: -150,
    venue: HUB,
    apologies: ['whitfield'],
    inAttendance: ['carter', 'reid'],
    items: [
      {
        key: 'festival',
        title: 'Co-production festival',
        purpose: 'decision',
        presenter: 'ellis',
        minutes: 'A co-opted member set out plans for a one-day festival to celebrate co-production in Riverside and to recruit new members.',
        decisions: [
          { kind: 'AGREED', parts: ['That a co-production festival be held in the spring.', 'That a planning group of members be formed.'] },
        ],
        actions: [{ text: 'Form the festival planning group and report back.', owner: 'sharma', dueInDays: 60, doneAtMeeting: 4 }],
      },
    ],
  },
  {
    offsetDays: -90,
    venue: TOWN_HALL,
    apologies: ['morley', 'holloway'],
    inAttendance: ['carter', 'reid', 'osei'],
    items: [
      {
        key: 'budget',
        title: 'Adult social care budget consultation',
        purpose: 'decision',
        presenter: 'carter',
        minutes:
          'Members considered the proposals for next year’s budget and the results of the consultation.\n\nExperts by experience asked that any change to charges be explained in plain English and that people be given time to plan.',
        decisions: [
          {
            kind: 'RECOMMENDED',
            recommendedTo: 'Cabinet',
            mover: 'sharma',
            seconder: 'okafor',
            amendments: [
              {
                text: 'That people be given three months’ notice of any change to charges, not one month’s.',
                mover: 'nowak',
                seconder: 'banerjee',
                outcome: 'carried',
              },
            ],
            parts: [
              'That the proposals be taken forward with the changes the Board asked for, namely:',
              { text: 'that charges rise by no more than inflation; and', level: 1 },
              { text: 'that people be given three months’ notice of any change to charges.', level: 1 },
              'That an easy read summary be published with the budget.',
            ],
            outcome: 'carried',
            vote: { for: 5, against: 1, abstain: 1 },
            recordedVote: [
              ['okafor', 'for'],
              ['sharma', 'for'],
              ['whitfield', 'for'],
              ['adeyemi', 'for'],
              ['fenwick', 'for'],
              ['nowak', 'against'],
              ['banerjee', 'abstain'],
            ],
          },
        ],
        actions: [{ text: 'Send the Board’s comments to Cabinet with the budget report.', owner: 'carter', dueInDays: 21, doneAtMeeting: 5 }],
      },
    ],
  },
  {
    offsetDays: -30,
    venue: HUB,
    apologies: ['adeyemi'],
    inAttendance: ['carter', 'reid'],
    items: [
      {
        key: 'transport',
        title: 'Transport to day services',
        purpose: 'decision',
        presenter: 'osei',
        minutes: 'The Board heard from members who rely on council transport to reach day services. Journeys of over an hour were reported.',
        decisions: [
          { kind: 'RESOLVED', parts: ['That the concerns raised be noted.', 'That officers report back with options to shorten journeys.'] },
        ],
        actions: [{ text: 'Report back with options to shorten journeys to day services.', owner: 'osei', dueInDays: 50 }],
      },
    ],
  },
  {
    offsetDays: 20,
    venue: TOWN_HALL,
    apologies: [],
    inAttendance: [],
    items: [
      {
        key: 'crisis',
        title: 'Mental health crisis support',
        purpose: 'discussion',
        presenter: 'adeyemi',
        timeAllowanceMinutes: 30,
        minutes: '',
        recommendations: ['That the Board comments on the draft crisis support plan.'],
      },
      { key: 'work-programme', title: 'Work programme', purpose: 'decision', presenter: 'reid', timeAllowanceMinutes: 10, minutes: '' },
    ],
  },
];
