import { numberAgenda } from '../../../../shared/domain';
import { describeTarget, filterYouSaid, youSaidReport, type YouSaidView } from '../../../../shared/domain/you-said';
import { YouSaidWeDid, type Meeting } from '../../../../shared/model';
import { ApiFailure, type HandlerContext, type HandlerMap } from '../handler-context';
import { requireBoard, requireInMeeting, requireMeeting, stamps, today } from '../lookup';

const COLLECTION_OF = { item: 'agendaItems', resolution: 'resolutions', action: 'actions' } as const;

function requireEntry(ctx: HandlerContext, id: string): YouSaidWeDid {
  const entry = ctx.repo.get('youSaidWeDid', id);
  if (entry === undefined) throw new ApiFailure('not_found', 'There is no such “you said, we did” entry.', 'id');
  return entry;
}

function requireBoardMeeting(ctx: HandlerContext, boardId: string, meetingId: string, path: string): Meeting {
  const meeting = requireMeeting(ctx, meetingId, path);
  if (meeting.boardId !== boardId) throw new ApiFailure('invalid_input', 'That meeting belongs to a different board.', path);
  return meeting;
}

function checkTarget(ctx: HandlerContext, boardId: string, target: YouSaidWeDid['target']): void {
  requireBoardMeeting(ctx, boardId, target.meetingId, 'target.meetingId');
  requireInMeeting(ctx, target.meetingId, COLLECTION_OF[target.kind], target.recordId, 'target.recordId');
}

type RaisedInput = {
  readonly meetingId?: string | undefined;
  readonly on?: string | undefined;
  readonly raiserKind: YouSaidWeDid['raised']['raiserKind'];
};

/** Where it was raised: at a meeting of the board (its date unless another is given), or elsewhere on a given day. */
function raised(ctx: HandlerContext, boardId: string, input: RaisedInput): YouSaidWeDid['raised'] {
  if (input.meetingId === undefined) {
    if (input.on === undefined) throw new ApiFailure('invalid_input', 'Say when it was raised, or at which meeting.', 'raised.on');
    return { on: input.on, raiserKind: input.raiserKind };
  }
  const meeting = requireBoardMeeting(ctx, boardId, input.meetingId, 'raised.meetingId');
  return { meetingId: meeting.id, on: input.on ?? meeting.date, raiserKind: input.raiserKind };
}

type OutcomeInput = { readonly status: YouSaidWeDid['outcome']['status']; readonly text?: string | undefined; readonly on?: string | undefined };

/** An outcome other than "open" is dated (today unless given); "not possible" must say why. */
function outcome(ctx: HandlerContext, input: OutcomeInput): YouSaidWeDid['outcome'] {
  const text = input.text?.trim() ?? '';
  if (input.status === 'not-possible' && text === '') {
    throw new ApiFailure('invalid_input', 'Say why it was not possible: “Not possible, because …”.', 'outcome.text');
  }
  const on = input.on ?? (input.status === 'open' ? undefined : today(ctx));
  return { status: input.status, ...(text === '' ? {} : { text }), ...(on === undefined ? {} : { on }) };
}

function save(ctx: HandlerContext, record: YouSaidWeDid): YouSaidWeDid {
  const parsed = YouSaidWeDid.parse(record);
  ctx.repo.commit([{ type: 'put', collection: 'youSaidWeDid', record: parsed }]);
  return parsed;
}

/** Every entry of a board, with its link and raising meeting described. */
function views(ctx: HandlerContext, boardId: string): YouSaidView[] {
  const board = requireBoard(ctx, boardId);
  const meetings = new Map(ctx.repo.all('meetings').map((m) => [m.id, m]));
  const recordsCache = new Map<string, Parameters<typeof describeTarget>[1]>();
  const recordsOf = (meeting: Meeting): Parameters<typeof describeTarget>[1] => {
    const cached = recordsCache.get(meeting.id);
    if (cached !== undefined) return cached;
    const records = ctx.repo.meeting(meeting.id);
    const built = {
      meeting,
      items: numberAgenda(records.agendaItems, { exemptOrder: board.exemptItemsOrder }),
      resolutions: records.resolutions,
      actions: records.actions,
    };
    recordsCache.set(meeting.id, built);
    return built;
  };
  return ctx.repo
    .all('youSaidWeDid')
    .filter((e) => e.boardId === board.id)
    .flatMap((entry): YouSaidView[] => {
      const meeting = meetings.get(entry.target.meetingId);
      if (meeting === undefined) return [];
      const raisedAt = entry.raised.meetingId === undefined ? undefined : meetings.get(entry.raised.meetingId);
      return [
        {
          ...entry,
          targetView: describeTarget(entry.target, recordsOf(meeting)),
          ...(raisedAt === undefined ? {} : { raisedMeetingDate: raisedAt.date }),
        },
      ];
    });
}

/** "You said, we did": what was raised, the item, decision or action that took it up, and what became of it. */
export const youSaidHandlers: HandlerMap<
  'youSaid.list' | 'youSaid.create' | 'youSaid.update' | 'youSaid.recordOutcome' | 'youSaid.remove' | 'youSaid.report'
> = {
  'youSaid.list': (input, ctx) =>
    filterYouSaid(views(ctx, input.boardId), {
      ...(input.from === undefined ? {} : { from: input.from }),
      ...(input.to === undefined ? {} : { to: input.to }),
      ...(input.status === undefined ? {} : { status: input.status }),
    }),

  'youSaid.create': (input, ctx) => {
    const board = requireBoard(ctx, input.boardId);
    checkTarget(ctx, board.id, input.target);
    return save(ctx, {
      id: ctx.ids.next(),
      boardId: board.id,
      target: input.target,
      said: input.said,
      raised: raised(ctx, board.id, input.raised),
      outcome: outcome(ctx, input.outcome ?? { status: 'open' }),
      ...stamps(ctx),
    });
  },

  'youSaid.update': (input, ctx) => {
    const existing = requireEntry(ctx, input.id);
    if (input.patch.target !== undefined) checkTarget(ctx, existing.boardId, input.patch.target);
    return save(ctx, {
      ...existing,
      ...(input.patch.said === undefined ? {} : { said: input.patch.said }),
      ...(input.patch.target === undefined ? {} : { target: input.patch.target }),
      ...(input.patch.raised === undefined ? {} : { raised: raised(ctx, existing.boardId, input.patch.raised) }),
      updatedAt: ctx.clock.now(),
    });
  },

  'youSaid.recordOutcome': (input, ctx) => {
    const existing = requireEntry(ctx, input.id);
    return save(ctx, { ...existing, outcome: outcome(ctx, input.outcome), updatedAt: ctx.clock.now() });
  },

  'youSaid.remove': (input, ctx) => {
    const existing = requireEntry(ctx, input.id);
    ctx.repo.commit([{ type: 'delete', collection: 'youSaidWeDid', id: existing.id }]);
    return { removed: [existing.id] };
  },

  'youSaid.report': (input, ctx) => {
    const board = requireBoard(ctx, input.boardId);
    return youSaidReport({
      board,
      entries: views(ctx, board.id),
      people: ctx.repo.all('people'),
      period: { ...(input.from === undefined ? {} : { from: input.from }), ...(input.to === undefined ? {} : { to: input.to }) },
      audience: input.audience,
    });
  },
};
