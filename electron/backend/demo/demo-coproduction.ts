import { addDays } from '../../../shared/domain';
import type { AccessNeed, AgendaItem, Meeting, PaymentChoice, TrainingRecord } from '../../../shared/model';
import type { Call, ScriptedClock } from './build-demo';

export type DemoMeetingRecord = { readonly meeting: Meeting; readonly items: ReadonlyMap<string, AgendaItem>; readonly held: boolean };

type Context = {
  readonly call: Call;
  readonly clock: ScriptedClock;
  readonly boardId: string;
  readonly today: string;
  readonly firstDate: string;
  readonly personId: (key: string) => string;
  readonly meetings: readonly DemoMeetingRecord[];
};

/** Who needs what to take part: each meeting's access checklist follows from these. */
const ACCESS_NEEDS: readonly (readonly [string, readonly AccessNeed[]])[] = [
  ['sharma', [{ kind: 'large-print', detail: 'Papers in 16 point' }, { kind: 'breaks' }]],
  ['nowak', [{ kind: 'bsl-interpreter' }]],
  ['morley', [{ kind: 'papers-posted-early', detail: 'Posted a week before the meeting' }, { kind: 'personal-assistant' }]],
  ['ellis', [{ kind: 'step-free-access' }, { kind: 'easy-read' }]],
];

const TRAINING: readonly (readonly [string, readonly TrainingRecord[]])[] = [
  [
    'sharma',
    [
      { level: 1, completedOn: '2024-09-12', course: 'Introduction to co-production' },
      { level: 2, completedOn: '2025-03-06', course: 'Co-production in practice' },
    ],
  ],
  ['nowak', [{ level: 1, completedOn: '2025-01-16', course: 'Introduction to co-production' }]],
  ['ellis', [{ level: 1, completedOn: '2025-05-22', course: 'Introduction to co-production' }]],
  ['banerjee', [{ level: 3, completedOn: '2024-11-28', course: 'Leading co-production' }]],
  ['okafor', [{ level: 1, completedOn: '2024-10-03', course: 'Introduction to co-production' }]],
];

/** Paid participants, how they chose to be rewarded, and who was offered benefits advice. */
const PAID: readonly (readonly [string, PaymentChoice, boolean])[] = [
  ['sharma', { kind: 'bank-transfer' }, false],
  ['nowak', { kind: 'vouchers' }, true],
  ['morley', { kind: 'donation', charity: 'Riverside Carers Centre' }, true],
  ['fenwick', { kind: 'declined' }, true],
  ['ellis', { kind: 'bank-transfer' }, false],
];

const DIVERSITY: readonly (readonly [string, Record<string, string>, readonly string[]])[] = [
  ['sharma', { ageBand: '45-54', gender: 'man', ethnicity: 'asian', disability: 'yes', carer: 'no' }, []],
  [
    'nowak',
    { ageBand: '35-44', gender: 'man', ethnicity: 'white', disability: 'yes', religion: 'prefer-not-to-say' },
    ['Deaf community', 'Polish community'],
  ],
  ['morley', { ageBand: '65-74', gender: 'woman', ethnicity: 'white', carer: 'yes' }, ['Young carers']],
  ['fenwick', { ageBand: '55-64', gender: 'prefer-not-to-say', ethnicity: 'black', disability: 'no' }, []],
  ['ellis', { ageBand: '18-24', gender: 'woman', ethnicity: 'mixed', disability: 'yes', carer: 'yes' }, ['Young carers']],
  ['okafor', { ageBand: '45-54', gender: 'woman', ethnicity: 'black', disability: 'no', carer: 'no' }, []],
  ['holloway', { ageBand: '65-74', gender: 'man', ethnicity: 'white', disability: 'no' }, []],
];

async function people(ctx: Context): Promise<void> {
  const needs = new Map(ACCESS_NEEDS);
  const training = new Map(TRAINING);
  for (const key of new Set([...needs.keys(), ...training.keys()])) {
    await ctx.call('people.update', {
      id: ctx.personId(key),
      patch: { accessNeeds: [...(needs.get(key) ?? [])], training: [...(training.get(key) ?? [])] },
    });
  }
}

/** The upcoming meeting's checklist half done, so the agenda shows what is still to arrange; past ones all arranged. */
async function arrangements(ctx: Context): Promise<void> {
  for (const { meeting, held } of ctx.meetings) {
    const checklist = await ctx.call('access.checklist', { meetingId: meeting.id });
    if (!checklist.canArrange) continue;
    let n = 0;
    for (const person of checklist.people) {
      for (const need of person.needs) {
        n += 1;
        const arranged = held || n % 2 === 1;
        await ctx.call('access.arrange', {
          meetingId: meeting.id,
          personId: person.personId,
          need: need.need,
          arranged,
          ...(arranged ? { note: 'Booked' } : {}),
        });
      }
    }
  }
}

async function reward(ctx: Context): Promise<void> {
  const from = addDays(ctx.firstDate, -60);
  const rates = [
    ['up-to-half-day', 4000],
    ['over-half-day', 7500],
    ['preparation-hour', 1200],
  ] as const;
  for (const role of ['expert-by-experience', 'carer', 'champion'] as const) {
    for (const [band, amountPence] of rates) await ctx.call('reward.rates.set', { role, band, amountPence, effectiveFrom: from });
  }
  // A rise part-way through the year: claims already entered keep the old rate.
  const held = ctx.meetings.filter((m) => m.held);
  const rise = held[2]?.meeting.date;
  if (rise !== undefined) {
    for (const role of ['expert-by-experience', 'carer', 'champion'] as const) {
      await ctx.call('reward.rates.set', { role, band: 'up-to-half-day', amountPence: 4500, effectiveFrom: rise });
    }
  }
  for (const [index, { meeting }] of held.entries()) {
    const attendance = (await ctx.call('meetings.get', { id: meeting.id, carriedActions: false })).attendance;
    for (const [key, choice, advised] of PAID) {
      const personId = ctx.personId(key);
      if (!attendance.some((a) => a.personId === personId && a.status === 'present')) continue;
      ctx.clock.set(addDays(meeting.date, 2));
      const claim = await ctx.call('reward.claims.create', {
        personId,
        boardId: ctx.boardId,
        meetingId: meeting.id,
        activity: 'meeting',
        date: meeting.date,
        durationMinutes: 150,
        preparationMinutes: key === 'sharma' ? 120 : 60,
        expenses:
          key === 'morley'
            ? [{ kind: 'carer', description: 'Sitting service', amountPence: 3600, receiptReference: `RCC-${index + 1}01` }]
            : [{ kind: 'travel', description: 'Bus fare', amountPence: 480, receiptReference: `BUS-${index + 1}${key.length}` }],
        choice,
        benefitsAdvice: advised ? { offered: true, offeredOn: addDays(ctx.firstDate, -30) } : { offered: false },
      });
      // Older claims have been approved and paid; the latest are waiting.
      if (index < held.length - 1) {
        await ctx.call('reward.claims.setStatus', { id: claim.id, status: 'approved', date: addDays(meeting.date, 7) });
        if (index < held.length - 2) await ctx.call('reward.claims.setStatus', { id: claim.id, status: 'paid', date: addDays(meeting.date, 21) });
      }
    }
  }
}

async function ratings(ctx: Context): Promise<void> {
  const sixPoint = await ctx.call('criteriaSets.addDefault', { boardId: ctx.boardId, key: 'six-point-test' });
  const ladder = await ctx.call('criteriaSets.addDefault', { boardId: ctx.boardId, key: 'ladder-of-participation' });
  const held = ctx.meetings.filter((m) => m.held);
  const ratedBy = [
    { kind: 'expert-by-experience' as const, count: 3 },
    { kind: 'carer' as const, count: 1 },
    { kind: 'officer' as const, count: 2 },
  ];
  const project = 'Carers’ breaks service redesign';
  const evidence = [
    'Carers shaped the options from the first workshop.',
    'Officers and carers shared the facilitation of workshops.',
    'Participants were paid for their time at the board’s rates.',
    'Few young carers have taken part so far.',
    'Lived experience was weighed equally with the commissioning data.',
    'The co-chairs jointly own the project plan.',
  ];
  for (const [n, meeting] of [held[0], held.at(-1)].entries()) {
    if (meeting === undefined) continue;
    ctx.clock.set(addDays(meeting.meeting.date, 1));
    await ctx.call('ratings.create', {
      boardId: ctx.boardId,
      criteriaSetId: sixPoint.id,
      subject: { kind: 'project', name: project },
      ratedOn: meeting.meeting.date,
      scores: sixPoint.criteria.map((criterion, i) => ({
        criterionId: criterion.id,
        score: Math.min(sixPoint.scale.length - 1, 1 + ((i + n) % 3)),
        evidence: evidence[i] ?? '',
      })),
      ratedBy,
    });
  }
  const latest = held.at(-1);
  const item =
    latest === undefined ? undefined : [...latest.items.values()].find((i) => i.standardKind === undefined && i.confidentiality.access === 'public');
  if (latest !== undefined && item !== undefined) {
    const rung = ladder.criteria[0];
    if (rung !== undefined) {
      await ctx.call('ratings.create', {
        boardId: ctx.boardId,
        criteriaSetId: ladder.id,
        subject: { kind: 'item', meetingId: latest.meeting.id, itemId: item.id },
        ratedOn: latest.meeting.date,
        scores: [{ criterionId: rung.id, score: 3, evidence: 'The item was designed with carers and presented by an expert by experience.' }],
        ratedBy,
        appendToMinutes: true,
      });
    }
  }
}

async function diversity(ctx: Context): Promise<void> {
  for (const [key, answers, groups] of DIVERSITY) {
    await ctx.call('diversity.record', { personId: ctx.personId(key), answers, ...(groups.length === 0 ? {} : { seldomHeardGroups: [...groups] }) });
  }
}

async function youSaid(ctx: Context): Promise<void> {
  // The latest two meetings, so that this year's reports have something to show.
  const held = ctx.meetings.filter((m) => m.held);
  const first = held.at(-2);
  const second = held.at(-1);
  if (first === undefined || second === undefined) return;
  const business = (m: DemoMeetingRecord): AgendaItem[] =>
    [...m.items.values()].filter((i) => i.standardKind === undefined && i.confidentiality.access === 'public');
  const entries = [
    {
      at: first,
      said: 'Carers said the breaks service should be bookable in the evenings.',
      status: 'done',
      text: 'Evening booking was added to the new service from the autumn.',
    },
    {
      at: first,
      said: 'Members asked for papers to be sent in large print without having to ask each time.',
      status: 'changed',
      text: 'Large-print papers now go to everyone who has asked once, for every meeting.',
    },
    {
      at: second,
      said: 'An expert by experience asked for the board to meet in the evening.',
      status: 'not-possible',
      text: 'the council building closes at 6 pm; the board will hold two online evening sessions a year instead.',
    },
    { at: second, said: 'Carers asked for a directory of local respite providers.', status: 'open', text: undefined },
  ] as const;
  for (const entry of entries) {
    const target = business(entry.at)[0];
    if (target === undefined) continue;
    const created = await ctx.call('youSaid.create', {
      boardId: ctx.boardId,
      target: { kind: 'item', meetingId: entry.at.meeting.id, recordId: target.id },
      said: entry.said,
      raised: { meetingId: entry.at.meeting.id, on: entry.at.meeting.date, raiserKind: 'expert-by-experience' },
    });
    const month = addDays(entry.at.meeting.date, 30);
    const on = month < ctx.today ? month : ctx.today;
    if (entry.status !== 'open') {
      await ctx.call('youSaid.recordOutcome', { id: created.id, outcome: { status: entry.status, text: entry.text, on } });
    }
  }
}

/** The upcoming meeting's business items get easy-read summaries, for its easy-read agenda. */
async function easyRead(ctx: Context): Promise<void> {
  const upcoming = ctx.meetings.find((m) => !m.held);
  if (upcoming === undefined) return;
  for (const item of upcoming.items.values()) {
    if (item.standardKind !== undefined || item.confidentiality.access !== 'public' || item.parentId !== null) continue;
    await ctx.call('agenda.update', {
      meetingId: upcoming.meeting.id,
      id: item.id,
      patch: {
        easyReadSummary: `We will talk about ${item.title.toLowerCase()}.\nWe want to hear what you think.\nThen we will agree what to do next.`,
      },
    });
  }
}

/**
 * The co-production side of the demo board: access needs and arrangements, training, reward rates and claims (with
 * a change of rate), criteria sets and ratings, diversity monitoring, seldom-heard groups, "you said, we did" and
 * easy-read summaries.
 */
export async function addCoproductionDemo(ctx: Context): Promise<void> {
  ctx.clock.set(ctx.today, '09:00');
  await ctx.call('boards.update', {
    id: ctx.boardId,
    patch: { seldomHeardGroups: ['Young carers', 'Deaf community', 'Polish community', 'People who are homeless'] },
  });
  await people(ctx);
  await arrangements(ctx);
  await reward(ctx);
  await ratings(ctx);
  ctx.clock.set(ctx.today, '09:30');
  await diversity(ctx);
  await youSaid(ctx);
  await easyRead(ctx);
}
