import {
  diversityReport,
  isAcceptedAnswer,
  participationReport,
  type ParticipationReport,
  type Period,
} from '../../../../shared/domain/participation';
import { reportPeriod } from '../../../../shared/domain/reports/report-period';
import { DIVERSITY_QUESTIONS, DiversityResponse, type Board } from '../../../../shared/model';
import { readNonWorkingDays } from '../../calendar/non-working-days-file';
import { ApiFailure, type HandlerContext, type HandlerMap } from '../handler-context';
import { requireBoard, requirePerson, stamps, today } from '../lookup';

const period = (ctx: HandlerContext, board: Board, asked: { readonly from?: string; readonly to?: string }): Period => {
  // The same rule as the board's other reports: a missing end comes from the municipal year.
  const chosen = reportPeriod(board, today(ctx), asked.from, asked.to);
  if (chosen.from > chosen.to) throw new ApiFailure('invalid_input', 'The end of the period cannot be before its start.', 'to');
  return chosen;
};

/** Groups by person, from the diversity responses: read here only to be counted. */
function groupsByPerson(ctx: HandlerContext): Map<string, readonly string[]> {
  return new Map(ctx.repo.all('diversityResponses').map((r) => [r.personId, r.seldomHeardGroups ?? []]));
}

function report(ctx: HandlerContext, board: Board, chosen: Period): ParticipationReport {
  const meetings = ctx.repo
    .all('meetings')
    .filter((m) => m.boardId === board.id)
    .map((meeting) => {
      const records = ctx.repo.meeting(meeting.id);
      return { meeting, attendance: records.attendance, items: records.agendaItems };
    });
  return participationReport({
    board,
    meetings,
    people: ctx.repo.all('people'),
    groupsByPerson: groupsByPerson(ctx),
    closed: new Set(readNonWorkingDays(ctx.repo.dataDir).days.map((d) => d.date)),
    period: chosen,
  });
}

/** The people who took part (present or in attendance) in the meetings of the report. */
function participantIds(ctx: HandlerContext, participation: ParticipationReport): Set<string> {
  const ids = new Set<string>();
  for (const m of participation.meetings) {
    for (const a of ctx.repo.meeting(m.meetingId).attendance) if (a.status === 'present' || a.status === 'in-attendance') ids.add(a.personId);
  }
  return ids;
}

/**
 * Participation measures, and diversity monitoring kept apart from people's records: a person's answers are
 * returned only to the form that edits them; everything else is aggregate, with small counts suppressed.
 */
export const participationHandlers: HandlerMap<
  'participation.report' | 'diversity.get' | 'diversity.record' | 'diversity.remove' | 'diversity.report'
> = {
  'participation.report': (input, ctx) => {
    const board = requireBoard(ctx, input.boardId);
    return report(ctx, board, period(ctx, board, input));
  },

  'diversity.get': (input, ctx) => {
    requirePerson(ctx, input.personId);
    return ctx.repo.all('diversityResponses').find((r) => r.personId === input.personId) ?? null;
  },

  'diversity.record': (input, ctx) => {
    requirePerson(ctx, input.personId);
    for (const question of DIVERSITY_QUESTIONS) {
      const given = input.answers[question];
      if (given !== undefined && !isAcceptedAnswer(question, given)) {
        throw new ApiFailure('invalid_input', 'Choose one of the answers offered, or “Prefer not to say”.', `answers.${question}`);
      }
    }
    const existing = ctx.repo.all('diversityResponses').find((r) => r.personId === input.personId);
    const groups = [...new Map((input.seldomHeardGroups ?? []).map((g) => [g.toLocaleLowerCase('en-GB'), g])).values()];
    const answers = Object.fromEntries(DIVERSITY_QUESTIONS.flatMap((q) => (input.answers[q] === undefined ? [] : [[q, input.answers[q]]])));
    const record = DiversityResponse.parse({
      id: existing?.id ?? ctx.ids.next(),
      personId: input.personId,
      recordedOn: today(ctx),
      ...answers,
      ...(groups.length === 0 ? {} : { seldomHeardGroups: groups }),
      ...(existing === undefined ? stamps(ctx) : { createdAt: existing.createdAt, updatedAt: ctx.clock.now() }),
    });
    ctx.repo.commit([{ type: 'put', collection: 'diversityResponses', record }]);
    return record;
  },

  'diversity.remove': (input, ctx) => {
    requirePerson(ctx, input.personId);
    const existing = ctx.repo.all('diversityResponses').filter((r) => r.personId === input.personId);
    if (existing.length === 0) return { removed: [] };
    ctx.repo.commit(existing.map((r) => ({ type: 'delete' as const, collection: 'diversityResponses' as const, id: r.id })));
    return { removed: existing.map((r) => r.id) };
  },

  'diversity.report': (input, ctx) => {
    const board = requireBoard(ctx, input.boardId);
    const chosen = period(ctx, board, input);
    const ids = participantIds(ctx, report(ctx, board, chosen));
    return diversityReport({
      boardId: board.id,
      boardName: board.name,
      period: chosen,
      tookPart: ids.size,
      responses: ctx.repo.all('diversityResponses').filter((r) => ids.has(r.personId)),
    });
  },
};
