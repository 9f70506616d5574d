import { PERSON_KINDS } from '../../model';
import type { Sheet } from '../compose/registers';
import { personKindLabel } from '../member-labels';
import { shownWords } from '../suppression';
import type { DiversityReport } from './diversity-report';
import type { ParticipationReport } from './measures';

const pct = (share: number | null): string => (share === null ? '' : String(Math.round(share * 100)));

/** One row per meeting, ISO dates so the rows sort; the last row totals the attendances of the period. */
export function participationMeetingsSheet(report: ParticipationReport): Sheet {
  const rows = report.meetings.map((m) => [
    m.date,
    m.title ?? '',
    String(m.tookPart),
    ...PERSON_KINDS.map((k) => String(m.byKind[k])),
    String(m.apologies),
    String(m.experts),
    pct(m.expertShare),
    String(m.newPeople),
    String(m.returningPeople),
    String(m.items),
    String(m.itemsLedByExperts),
    m.papers.kind === 'published' ? m.papers.publishedOn : '',
    m.papers.kind === 'published' ? String(m.papers.clearDays) : '',
    m.papers.kind === 'published' ? (m.papers.late ? 'Yes' : 'No') : '',
    m.groupsReached.join('; '),
  ]);
  const t = report.totals;
  const sum = (pick: (m: ParticipationReport['meetings'][number]) => number): string => String(report.meetings.reduce((s, m) => s + pick(m), 0));
  rows.push([
    'Total',
    `${t.meetingsHeld} meetings`,
    String(t.attendances),
    ...PERSON_KINDS.map((k) => String(t.attendancesByKind[k])),
    sum((m) => m.apologies),
    sum((m) => m.experts),
    pct(t.expertAttendanceShare),
    String(t.newPeople),
    String(t.returningPeople),
    String(t.items),
    String(t.itemsLedByExperts),
    String(t.papers.published),
    t.papers.averageClearDays === null ? '' : String(Math.round(t.papers.averageClearDays * 10) / 10),
    String(t.papers.late),
    '',
  ]);
  return {
    header: [
      'Meeting date',
      'Title',
      'Took part',
      ...PERSON_KINDS.map(personKindLabel),
      'Apologies',
      'Experts by experience',
      'Experts by experience (%)',
      'New',
      'Returning',
      'Business items',
      'Items led by experts by experience',
      'Papers published on',
      'Clear days',
      `Fewer than ${report.noticeClearDays} clear days`,
      'Seldom-heard groups reached',
    ],
    rows,
  };
}

/**
 * Everything in one long table, for a spreadsheet's pivot table: the period's figures, the seldom-heard groups
 * and, when given, the diversity counts (suppressed exactly as on screen: "fewer than 5", "not shown").
 */
export function participationSheet(report: ParticipationReport, diversity?: DiversityReport): Sheet {
  const t = report.totals;
  const rows: string[][] = [
    ['Period', 'Meetings held', String(t.meetingsHeld)],
    ['Period', 'Different people who took part', String(t.people)],
    ['Period', 'Attendances', String(t.attendances)],
    ...PERSON_KINDS.map((k) => ['Period', `People: ${personKindLabel(k)}`, String(t.peopleByKind[k])]),
    ['Period', 'Experts by experience, share of people (%)', pct(t.expertPeopleShare)],
    ['Period', 'Experts by experience, share of attendances (%)', pct(t.expertAttendanceShare)],
    ['Period', 'New people', String(t.newPeople)],
    ['Period', 'Returning people', String(t.returningPeople)],
    ['Period', 'Business items', String(t.items)],
    ['Period', 'Items led by experts by experience', String(t.itemsLedByExperts)],
    ['Period', 'Average clear days before papers', t.papers.averageClearDays === null ? '' : String(Math.round(t.papers.averageClearDays * 10) / 10)],
    ['Period', `Meetings with fewer than ${report.noticeClearDays} clear days`, String(t.papers.late)],
    ...t.groups.flatMap((g) => [
      ['Seldom-heard group', `${g.group}: people who took part`, shownWords(g.people)],
      ['Seldom-heard group', `${g.group}: meetings reached`, String(g.meetings)],
    ]),
  ];
  if (diversity !== undefined) {
    rows.push(['Diversity', 'People who answered', shownWords(diversity.responded)]);
    for (const q of diversity.questions) for (const c of q.cells) rows.push(['Diversity', `${q.label}: ${c.label}`, shownWords(c.shown)]);
  }
  return {
    header: ['Board', 'From', 'To', 'Section', 'Measure', 'Value'],
    rows: rows.map((r) => [report.boardName, report.period.from, report.period.to, ...r]),
  };
}
