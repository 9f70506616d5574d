import type { Block, DocModel } from '../../document/model';
import { resolveHouseStyle } from '../../document/house-style';
import { PERSON_KINDS, type Board } from '../../model';
import { formatLongDate, formatShortDate } from '../british-dates';
import { heading, list, masthead, para, table } from '../compose/blocks';
import { personKindLabel } from '../member-labels';
import { shownWords, SUPPRESSION_EXPLAINED } from '../suppression';
import type { DiversityReport } from './diversity-report';
import { EXPERIENCE_KINDS, type ParticipationReport } from './measures';
import { averageWords, papersWords, percentWords, plural } from './words';

const periodWords = (report: { readonly period: { readonly from: string; readonly to: string } }): string =>
  `${formatLongDate(report.period.from)} to ${formatLongDate(report.period.to)}`;

function summary(report: ParticipationReport): Block[] {
  const t = report.totals;
  const papers =
    t.papers.published === 0
      ? 'No publication dates are on record for these meetings.'
      : `Papers were published on average ${averageWords(t.papers.averageClearDays)} clear working days before the meeting (the fewest was ${t.papers.fewestClearDays ?? 0}); ` +
        `${plural(t.papers.late, 'meeting', 'meetings')} had fewer than ${report.noticeClearDays}.` +
        (t.papers.notRecorded === 0 ? '' : ` ${plural(t.papers.notRecorded, 'meeting has', 'meetings have')} no publication date on record.`);
  return [
    heading(2, 'The period in figures'),
    list('bullet', [
      `${plural(t.meetingsHeld, 'meeting', 'meetings')} held.`,
      `${plural(t.people, 'person', 'different people')} took part, ${t.attendances} attendances in all.`,
      `Experts by experience: ${percentWords(t.expertPeopleShare)} of the people who took part and ${percentWords(t.expertAttendanceShare)} of attendances.`,
      `${plural(t.newPeople, 'person', 'people')} took part for the first time; ${t.returningPeople} had taken part before.`,
      `${t.itemsLedByExperts} of ${plural(t.items, 'business item was', 'business items were')} presented or led by experts by experience.`,
      papers,
    ]),
  ];
}

function byKind(report: ParticipationReport): Block[] {
  const t = report.totals;
  const kinds = PERSON_KINDS.filter((k) => t.peopleByKind[k] > 0);
  if (kinds.length === 0) return [heading(2, 'Attendance by member kind'), para('No attendance is recorded for meetings in this period.')];
  return [
    heading(2, 'Attendance by member kind'),
    para(`“Experts by experience” counts the member kinds ${EXPERIENCE_KINDS.map((k) => `“${personKindLabel(k)}”`).join(' and ')}.`, 'note'),
    table(
      [
        ['Member kind', 4],
        ['Different people', 2],
        ['Attendances', 2],
      ],
      [
        ...kinds.map((k) => [personKindLabel(k), String(t.peopleByKind[k]), String(t.attendancesByKind[k])]),
        ['All', String(t.people), String(t.attendances)],
      ],
    ),
  ];
}

function byMeeting(report: ParticipationReport): Block[] {
  if (report.meetings.length === 0) return [heading(2, 'Meeting by meeting'), para('No meetings were held in this period.')];
  return [
    heading(2, 'Meeting by meeting'),
    table(
      [
        ['Meeting', 3],
        ['Took part', 2],
        ['Experts by experience', 2],
        ['New', 1],
        ['Items led by experts', 2],
        ['Papers', 2],
        ['Seldom-heard groups reached', 3],
      ],
      report.meetings.map((m) => [
        `${formatShortDate(m.date)}${m.title === undefined ? '' : `, ${m.title}`}`,
        String(m.tookPart),
        `${m.experts} (${percentWords(m.expertShare)})`,
        String(m.newPeople),
        `${m.itemsLedByExperts} of ${m.items}`,
        papersWords(m.papers),
        m.groupsReached.length === 0 ? 'None recorded' : m.groupsReached.join(', '),
      ]),
    ),
  ];
}

function groups(report: ParticipationReport): Block[] {
  if (report.totals.groups.length === 0) return [];
  return [
    heading(2, 'Seldom-heard groups'),
    para('People say which groups they belong to only if they choose to, on the diversity monitoring form.', 'note'),
    table(
      [
        ['Group', 4],
        ['People who took part', 2],
        ['Meetings reached', 2],
      ],
      report.totals.groups.map((g) => [g.group, shownWords(g.people), String(g.meetings)]),
    ),
  ];
}

function diversity(report: DiversityReport): Block[] {
  const blocks: Block[] = [
    heading(2, 'Diversity of the people who took part'),
    para(
      `${shownWords(report.responded)} of the ${plural(report.tookPart, 'person', 'people')} who took part have answered the optional diversity questions.`,
    ),
    para(SUPPRESSION_EXPLAINED, 'note'),
  ];
  if (report.responded.kind !== 'count' || report.responded.count === 0) return blocks;
  for (const q of report.questions) {
    blocks.push(heading(3, q.label));
    blocks.push(
      table(
        [
          ['Answer', 4],
          ['People', 2],
        ],
        q.cells.map((c) => [c.label, shownWords(c.shown)]),
      ),
    );
  }
  return blocks;
}

/** The board's participation report, and the diversity of those who took part when it is given: aggregate only. */
export function composeParticipationReport(options: {
  readonly board: Pick<Board, 'name' | 'organisation' | 'houseStyle'>;
  readonly participation: ParticipationReport;
  readonly diversity?: DiversityReport;
}): DocModel {
  const style = resolveHouseStyle(options.board);
  const report = options.participation;
  const period = periodWords(report);
  const blocks: Block[] = [
    ...masthead(style),
    heading(1, `Participation: ${report.boardName}`),
    para(`Who took part in the board’s meetings from ${period}.`, 'lead'),
    ...summary(report),
    ...byKind(report),
    ...byMeeting(report),
    ...groups(report),
    ...(options.diversity === undefined ? [] : diversity(options.diversity)),
  ];
  return {
    meta: {
      kind: 'report',
      title: `Participation: ${report.boardName}, ${period}`,
      subject: `Participation in the meetings of ${report.boardName}`,
      author: style.organisation,
      language: 'en-GB',
      header: { left: report.boardName, right: 'Participation report' },
      audience: 'public',
    },
    style,
    blocks,
  };
}
